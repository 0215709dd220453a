package io.streamz.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The golden cases under {@code src/test/resources/golden/<case>}: {@code in/} holds the sources
 * given to the processor, {@code out/} the exact text of everything it generates.
 * {@code -Dstreamz.golden.update=true} rewrites {@code out/}.
 */
final class Golden {
    static final boolean UPDATE = Boolean.getBoolean("streamz.golden.update");

    private Golden() {}

    static Path root() {
        return Paths.get(System.getProperty("streamz.golden.dir", "src/test/resources/golden"));
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /**
     * Compiles the case's sources with the processor, every lint warning an error. Every call
     * compiles again: a compilation kept across tests would hide a changed processor from the
     * tests after the first (PIT runs each mutant of the processor in a JVM that ran others).
     */
    static Compilation compile(String name) throws IOException {
        return compile(sources(root().resolve(name).resolve("in")));
    }

    static Compilation compile(List<JavaFileObject> sources) {
        return Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(sources);
    }

    static List<JavaFileObject> sources(Path dir) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                sources.add(JavaFileObjects.forSourceString(
                        relative.substring(0, relative.length() - 5).replace('/', '.'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    /** Compares {@code actual} with the golden file {@code out/<relative>}, or rewrites it in update mode. */
    static void check(String name, String relative, String actual) {
        Path golden = root().resolve(name).resolve("out").resolve(relative);
        try {
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertWithMessage(
                            "missing golden file %s; create it (run with -Dstreamz.golden.update=true)",
                            golden.toAbsolutePath())
                    .that(Files.exists(golden))
                    .isTrue();
            assertWithMessage("generated %s differs from %s", relative, golden)
                    .that(actual)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
