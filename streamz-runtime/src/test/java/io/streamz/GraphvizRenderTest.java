package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code visualize(Path)} finds and runs Graphviz, with a stand-in {@code dot} program (a
 * shell script run as a real child process) so that it runs where Graphviz is not installed:
 * the search along the path, the arguments and input it is given, and its failures.
 */
class GraphvizRenderTest {
    private static final String GRAPH = "digraph {\n\tn0 [label=a]\n}\n";

    @TempDir
    Path dir;

    @BeforeEach
    void posixShell() {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    }

    @Test
    void rendersThroughTheFirstExecutableDotOnThePathWithTheFormatAndTheGraphOnItsInput() throws IOException {
        Path notExecutable = program("first", "dot", "exit 9", false);
        Files.createDirectories(dir.resolve("second/dot")); // a directory named dot is not a program
        Path real = program("third", "dot", "{ echo \"$1 $2\"; cat; } > \"$3\"", true);
        program("fourth", "dot", "exit 9", true); // later on the path: never run
        String path = String.join(
                File.pathSeparator,
                "",
                notExecutable.getParent().toString(),
                dir.resolve("second").toString(),
                "",
                real.getParent().toString(),
                dir.resolve("fourth").toString());
        assertEquals(real, DotWriter.findOnPath("dot", path));

        Path svg = dir.resolve("graph.svg");
        assertEquals(svg, DotWriter.write(GRAPH, svg, path));
        assertEquals("-Tsvg -o\n" + GRAPH, Files.readString(svg));

        Path png = dir.resolve("Graph.PNG");
        DotWriter.write(GRAPH, png, path);
        assertEquals("-Tpng -o\n" + GRAPH, Files.readString(png), "the format is the extension, lower case");

        Path hidden = dir.resolve(".svg"); // a name that is only an extension
        DotWriter.write(GRAPH, hidden, path);
        assertEquals("-Tsvg -o\n" + GRAPH, Files.readString(hidden));
    }

    @Test
    void aFailingDotIsAnIOExceptionWithItsExitCodeAndOutput() throws IOException {
        Path dot = program("bin", "dot", "cat > /dev/null; echo 'syntax error in line 1' >&2; exit 3", true);
        Path file = dir.resolve("bad.pdf");
        IOException e = assertThrows(
                IOException.class,
                () -> DotWriter.write(GRAPH, file, dot.getParent().toString()));
        assertEquals(
                "Graphviz 'dot' failed with exit code 3 rendering " + file + ": syntax error in line 1",
                e.getMessage());
    }

    @Test
    void nothingIsFoundOnAnEmptyPathOrWhereNoDotIsExecutable() throws IOException {
        assertNull(DotWriter.findOnPath("dot", null));
        assertNull(DotWriter.findOnPath("dot", ""));
        Path notExecutable = program("bin", "dot", "exit 0", false);
        assertNull(DotWriter.findOnPath("dot", notExecutable.getParent().toString()));
        assertNull(DotWriter.findOnPath("dot", File.pathSeparator + File.pathSeparator));
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> DotWriter.write(
                        GRAPH,
                        dir.resolve("graph.svg"),
                        notExecutable.getParent().toString()));
        assertEquals("Graphviz 'dot' not found on PATH; install graphviz or write a .dot file", e.getMessage());
    }

    @Test
    void aFileWithoutAnExtensionIsRejectedBeforeAnythingRuns() throws IOException {
        Path ran = dir.resolve("ran");
        Path dot = program("bin", "dot", "touch '" + ran + "'", true);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> DotWriter.write(
                        GRAPH, dir.resolve("graph"), dot.getParent().toString()));
        assertEquals(
                "cannot tell the format of " + dir.resolve("graph")
                        + ": use .dot, .gv, .png, .svg, .pdf, .jpg or .jpeg",
                e.getMessage());
        assertEquals(false, Files.exists(ran));
    }

    /** A shell script {@code dir/sub/name} running {@code body}. */
    private Path program(String sub, String name, String body, boolean executable) throws IOException {
        Path file = Files.createDirectories(dir.resolve(sub)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        return file;
    }
}
