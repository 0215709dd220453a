package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation cannot drift from the code: every {@code ```java} block of {@code README.md}
 * and {@code docs/**.md} appears word for word (indentation and blank lines aside) in a Java
 * source that a test compiles and runs, every {@code ```xml} block in a user project that the
 * build runs (streamz-it/src/it), and every relative link between the pages resolves, anchors
 * included. The rules, for whoever writes a page, are in {@code docs/contributing.md}.
 */
class DocumentationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String ELISION = "// ...";

    @Test
    void everyJavaSnippetAppearsWordForWordInACompiledSource() throws IOException {
        assertEveryBlockFound("java", 15, "a test source (see docs/contributing.md, Documentation)");
    }

    @Test
    void everyMavenSnippetAppearsWordForWordInAUserProjectTheBuildRuns() throws IOException {
        assertEveryBlockFound("xml", 2, "a user project under streamz-it/src/it (see docs/contributing.md)");
    }

    private static void assertEveryBlockFound(String language, int atLeast, String where) throws IOException {
        List<Source> sources = sources("." + language);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents()) {
            for (Markdown.Block block : Markdown.blocks(Files.readString(doc))) {
                if (!block.language().equals(language) || block.info().equals("fragment")) {
                    continue;
                }
                checked++;
                Snippet snippet = Snippet.of(block.lines());
                if (sources.stream().noneMatch(snippet::foundIn)) {
                    missing.add(ROOT.relativize(doc) + ":" + block.line() + "\n" + String.join("\n", block.lines()));
                }
            }
        }
        assertTrue(
                checked >= atLeast, "only " + checked + " " + language + " snippets: is the Markdown parser broken?");
        if (!missing.isEmpty()) {
            fail(missing.size() + " " + language + " snippet(s) of the docs appear word for word in no " + where
                    + ":\n\n" + String.join("\n\n", missing));
        }
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            for (Markdown.Link link : Markdown.links(text)) {
                String problem = problem(doc, text, link.target());
                if (problem != null) {
                    broken.add(ROOT.relativize(doc) + ":" + link.line() + ": " + link.target() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static String problem(Path doc, String text, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null; // https:, mailto:: not checked offline
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        String anchor = target.substring(hash + 1);
        Set<String> anchors = Markdown.anchors(resolved.equals(doc) ? text : Files.readString(resolved));
        return anchors.contains(anchor) ? null : "no heading with anchor #" + anchor + " (there are " + anchors + ")";
    }

    /** README.md and every Markdown file under docs/. */
    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /**
     * Files ending in {@code extension} under any module's src/test or src/it (the user projects
     * the build runs), and streamz-it's examples under src/main/java.
     */
    private static List<Source> sources(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .map(ROOT::relativize)
                    .filter(DocumentationTest::holdsSnippets)
                    .map(f -> Source.read(ROOT.resolve(f)))
                    .collect(Collectors.toList());
        }
    }

    static boolean holdsSnippets(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.contains("/target/") || path.startsWith(".")) {
            return false;
        }
        return path.matches("[^/]+/src/(test|it)/.*") || path.startsWith("streamz-it/src/main/java/");
    }

    /** Lines stripped of indentation, blank lines dropped. */
    static List<String> normalized(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                out.add(stripped);
            }
        }
        return out;
    }

    record Source(Path path, List<String> lines) {
        static Source read(Path path) {
            try {
                return new Source(path, normalized(Files.readAllLines(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A snippet's imports, and its code as the parts between {@code // ...} lines. */
    record Snippet(List<String> imports, List<List<String>> parts) {
        static Snippet of(List<String> block) {
            List<String> imports = new ArrayList<>();
            List<List<String>> parts = new ArrayList<>();
            List<String> part = new ArrayList<>();
            for (String line : normalized(block)) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else if (line.equals(ELISION)) {
                    parts.add(part);
                    part = new ArrayList<>();
                } else {
                    part.add(line);
                }
            }
            parts.add(part);
            parts.removeIf(List::isEmpty);
            return new Snippet(imports, parts);
        }

        boolean foundIn(Source source) {
            if (!source.lines().containsAll(imports)) {
                return false;
            }
            int from = 0;
            for (List<String> part : parts) {
                int at = Collections.indexOfSubList(
                        source.lines().subList(from, source.lines().size()), part);
                if (at < 0) {
                    return false;
                }
                from += at + part.size();
            }
            return true;
        }
    }

    // The checker's own rules, on small inputs.

    @Test
    void aSnippetMatchesIgnoringIndentationAndBlankLinesWithItsImportsAnywhere() {
        Source source = new Source(
                Path.of("X.java"),
                normalized(List.of("import a.B;", "class X {", "  void f() {", "", "    g();", "  }")));
        assertTrue(Snippet.of(List.of("import a.B;", "void f() {", "g();")).foundIn(source));
        assertFalse(Snippet.of(List.of("import a.C;", "void f() {")).foundIn(source));
        assertFalse(Snippet.of(List.of("void f() {", "}")).foundIn(source), "lines must be contiguous");
    }

    @Test
    void elidedPartsMustAppearInOrder() {
        Source source = new Source(Path.of("X.java"), List.of("a", "b", "c", "d"));
        assertTrue(Snippet.of(List.of("a", "// ...", "c", "d")).foundIn(source));
        assertFalse(Snippet.of(List.of("c", "// ...", "a")).foundIn(source));
    }

    @Test
    void blocksKnowTheirLanguageInfoAndFirstLine() {
        List<Markdown.Block> blocks =
                Markdown.blocks("text\n```java\nint x;\n```\n\n  ```java fragment\n  y\n  ```\n```\nz\n```\n");
        assertEquals(3, blocks.size());
        assertEquals(new Markdown.Block("java", "", 3, List.of("int x;")), blocks.get(0));
        assertEquals("fragment", blocks.get(1).info());
        assertEquals("", blocks.get(2).language());
        assertThrows(IllegalArgumentException.class, () -> Markdown.blocks("```java\nx\n"));
    }

    @Test
    void linksOutsideCodeAndGitHubAnchors() {
        String text = "# The `@Pipeline` guide\n[a](x.md#b) `[no](code.md)`\n```\n[no](block.md)\n```\n[the\nc](#d)\n"
                + "## Snapshots: golden files, the API\n## Twice\n## Twice\n";
        assertEquals(List.of(new Markdown.Link("x.md#b", 2), new Markdown.Link("#d", 6)), Markdown.links(text));
        assertEquals(
                Set.of("the-pipeline-guide", "snapshots-golden-files-the-api", "twice", "twice-1"),
                Markdown.anchors(text));
        assertEquals("a   b c``d", Markdown.withoutInlineCode("a`x`b c``d"), "an unclosed run is literal");
    }

    @Test
    void snippetsAreLookedForInTestSourcesAndStreamzItExamples() {
        assertTrue(holdsSnippets(Path.of("streamz-runtime/src/test/java/io/streamz/docs/ApiDocsTest.java")));
        assertTrue(holdsSnippets(Path.of("streamz-processor/src/test/resources/golden/x/out/Y.java")));
        assertTrue(holdsSnippets(Path.of("streamz-it/src/main/java/io/streamz/it/seed/RunningTotal.java")));
        assertTrue(holdsSnippets(Path.of("streamz-it/src/it/readme-quickstart/pom.xml")));
        assertFalse(holdsSnippets(Path.of("streamz-runtime/src/main/java/io/streamz/Stream.java")));
        assertFalse(holdsSnippets(Path.of("streamz-it/target/generated-sources/X.java")));
    }
}
