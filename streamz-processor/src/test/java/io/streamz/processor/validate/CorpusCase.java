package io.streamz.processor.validate;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * One file of the bad-input corpus, {@code bad/<code>/<Case>.java}: a source whose offending
 * lines end with {@code // ERROR streamz.<code>} (or {@code ERROR javac} for an error javac
 * itself reports), one marker per expected error.
 */
record CorpusCase(String code, Path path, List<String> lines, List<Marker> markers) {

    /** An expected error: the 1-based line it is on, its text, and its code (null for javac's own). */
    record Marker(int line, String lineText, String code) {
        boolean isStreamz() {
            return code != null;
        }
    }

    private static final Pattern MARKER = Pattern.compile("ERROR (streamz\\.([a-z-]+)|javac)");

    static Path root() {
        try {
            return Path.of(CorpusCase.class.getResource("/bad").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus file, sorted by path. */
    static List<CorpusCase> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .map(CorpusCase::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusCase load(Path path) {
        try {
            List<String> lines = Files.readAllLines(path);
            List<Marker> markers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int comment = line.indexOf("// ERROR ");
                if (comment < 0) {
                    continue;
                }
                Matcher m = MARKER.matcher(line.substring(comment));
                while (m.find()) {
                    markers.add(new Marker(i + 1, line.trim(), m.group(2)));
                }
            }
            return new CorpusCase(path.getParent().getFileName().toString(), path, lines, markers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JavaFileObject source() {
        try {
            return JavaFileObjects.forResource(path.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return code + "/" + path.getFileName();
    }
}
