package io.streamz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT text of whole graphs and rendering through Graphviz. */
class VisualizeTest {

    private static String dot(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void shapesFollowStreamz() {
        Stream<Integer> source = new Stream<>("src");
        Stream<Integer> other = new Stream<>();
        // downstreams are held weakly, as in streamz: without this reference a collection
        // during the test would take the branch out of the drawing
        Stream<?> partitions = source.accumulate(Named.biFunction("add", (Integer s, Integer x) -> s + x), 0)
                .partition(2);
        source.slidingWindow(3).zip(other).combineLatest(other).union().sink(Named.consumer("print", x -> {}));

        assertEquals(
                dot(
                        "digraph {",
                        "\tn0 [label=\"src; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"accumulate: add\" shape=box style=\"rounded,filled\" fillcolor=white]",
                        "\tn2 [label=\"slidingWindow: 3\" shape=diamond style=\"rounded,filled\" fillcolor=white]",
                        "\tn3 [label=\"partition: 2\" shape=diamond style=\"rounded,filled\" fillcolor=white]",
                        "\tn4 [label=zip shape=triangle orientation=270 style=\"rounded,filled\" fillcolor=white]",
                        "\tn5 [label=combineLatest shape=triangle orientation=270 style=\"rounded,filled\" fillcolor=white]",
                        "\tn6 [label=union shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn7 [label=\"sink: print\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                        "\tn8 [label=Stream shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn0 -> n1 [label=0]",
                        "\tn0 -> n2 [label=1]",
                        "\tn1 -> n3",
                        "\tn2 -> n4",
                        "\tn4 -> n5",
                        "\tn5 -> n6",
                        "\tn6 -> n7",
                        "\tn8 -> n4 [label=0]",
                        "\tn8 -> n5 [label=1]",
                        "}"),
                other.toDot());
        Reference.reachabilityFence(partitions);
    }

    @Test
    void theSameTextFromAnyNodeOfTheGraph() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> second = new Stream<>();
        Stream<Integer> a = source.map(x -> x);
        Stream<List<Object>> b = a.filter(x -> true).zip(second);
        Sink<Integer> c = source.sink(x -> {});
        String fromSource = source.toDot();
        assertEquals(fromSource, a.toDot());
        assertEquals(fromSource, b.toDot());
        assertEquals(fromSource, c.toDot());
        assertEquals(fromSource, second.toDot());
    }

    @Test
    void cyclesAreDrawn() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> back = source.filter(x -> x > 0).map(Named.function("dec", (Integer x) -> x - 1));
        back.connect(source);
        assertEquals(
                dot(
                        "digraph {",
                        "\tn0 [label=Stream shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"filter: <lambda>\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn2 [label=\"map: dec\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn0 -> n1",
                        "\tn1 -> n2",
                        "\tn2 -> n0",
                        "}"),
                back.toDot());
    }

    @Test
    void anErrorRouteIsADashedEdgeAfterTheDownstreamsAndItsStreamIsNoSource() {
        Stream<FailedElement> errors = new Stream<>("errors"); // created first, still numbered late
        errors.sink(Named.consumer("log", x -> {}));
        Stream<String> source = new Stream<>("lines");
        Stream<Integer> parsed =
                source.map(Named.function("parse", Integer::parseInt)).routeFailuresTo(errors);
        parsed.sink(Named.consumer("out", x -> {})).routeFailuresTo(errors);

        String expected = dot(
                "digraph {",
                "\tn0 [label=\"lines; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                "\tn1 [label=\"map: parse\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                "\tn2 [label=\"sink: out\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                "\tn3 [label=\"errors; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                "\tn4 [label=\"sink: log\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                "\tn0 -> n1",
                "\tn1 -> n2",
                "\tn1 -> n3 [label=failures style=dashed]",
                "\tn2 -> n3 [label=failures style=dashed]",
                "\tn3 -> n4",
                "}");
        assertEquals(expected, source.toDot());
        assertEquals(expected, parsed.toDot());
    }

    @Test
    void anErrorStreamDrawnFromItsOwnSideDoesNotKnowWhoRoutesToIt() {
        Stream<FailedElement> errors = new Stream<>("errors");
        errors.sink(Named.consumer("log", x -> {}));
        new Stream<Integer>().map(x -> x).routeFailuresTo(errors);

        assertEquals(
                dot(
                        "digraph {",
                        "\tn0 [label=\"errors; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"sink: log\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                        "\tn0 -> n1",
                        "}"),
                errors.toDot());
    }

    @Test
    void anErrorStreamWithItsOwnUpstreamKeepsItsPlaceAndAFailOnFailureRouteIsNotDrawn() {
        Stream<Object> source = new Stream<>("src");
        Stream<Object> errors = source.map(Named.function("tag", x -> x));
        Stream<Object> kept = source.filter(Named.predicate("keep", x -> true)).routeFailuresTo(errors);
        Stream<Object> back = source.map(Named.function("back", x -> x))
                .routeFailuresTo(errors)
                .failOnFailure();

        assertEquals(
                dot(
                        "digraph {",
                        "\tn0 [label=\"src; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"map: tag\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn2 [label=\"filter: keep\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn3 [label=\"map: back\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn0 -> n1 [label=0]",
                        "\tn0 -> n2 [label=1]",
                        "\tn0 -> n3 [label=2]",
                        "\tn2 -> n1 [label=failures style=dashed]",
                        "}"),
                source.toDot());
        Reference.reachabilityFence(kept); // downstreams are held weakly
        Reference.reachabilityFence(back);
    }

    @Test
    void aLoneNodeAndGraphAttributesSortedByName() {
        assertEquals(
                dot(
                        "digraph {",
                        "\tgraph [rankdir=LR size=\"8,5\"]",
                        "\tn0 [label=Stream shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "}"),
                new Stream<>().toDot(Map.of("size", "8,5", "rankdir", "LR")));
    }

    @Test
    void labelsAreEscaped() {
        Stream<Integer> source = new Stream<>("say \"hi\" \\ bye");
        assertTrue(
                source.toDot().contains("\tn0 [label=\"say \\\"hi\\\" \\\\ bye; Stream\" shape=ellipse"),
                source.toDot());
    }

    @Test
    void writesADotFileDirectly(@TempDir Path dir) throws IOException {
        Stream<Integer> source = new Stream<>();
        source.map(x -> x);
        Path file = dir.resolve("mystream.dot");
        assertEquals(file, source.visualize(file, Map.of("rankdir", "LR")));
        assertEquals(source.toDot(Map.of("rankdir", "LR")), Files.readString(file));
        Path plain = dir.resolve("plain.dot");
        assertEquals(plain, source.visualize(plain));
        assertEquals(source.toDot(), Files.readString(plain));
    }

    @Test
    void unknownExtensionsAreRejected(@TempDir Path dir) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Stream<>().visualize(dir.resolve("graph.txt")));
        assertEquals(
                "cannot tell the format of " + dir.resolve("graph.txt")
                        + ": use .dot, .gv, .png, .svg, .pdf, .jpg or .jpeg",
                e.getMessage());
    }

    @Test
    void anImageWithoutGraphvizIsAClearError(@TempDir Path dir) {
        for (String path : new String[] {"", dir.toString()}) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> DotWriter.write("digraph {}\n", dir.resolve("graph.png"), path));
            assertEquals("Graphviz 'dot' not found on PATH; install graphviz or write a .dot file", e.getMessage());
        }
        assertTrue(Files.notExists(dir.resolve("graph.png")));
    }

    @Test
    void rendersPngAndSvgWhenGraphvizIsInstalled(@TempDir Path dir) throws IOException {
        assumeTrue(DotWriter.findOnPath("dot", System.getenv("PATH")) != null, "Graphviz 'dot' is not installed");
        Stream<Integer> source = new Stream<>();
        source.map(Named.function("inc", (Integer x) -> x + 1)).sink(Named.consumer("print", x -> {}));

        Path png = source.visualize(dir.resolve("mystream.png"), Map.of("rankdir", "LR"));
        byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, magic);

        String svg = Files.readString(source.visualize(dir.resolve("mystream.svg")));
        assertTrue(svg.contains("<svg"), svg);
        assertTrue(svg.contains("map: inc"), svg);
    }

    @Test
    void graphvizFailuresAreReported(@TempDir Path dir) {
        assumeTrue(DotWriter.findOnPath("dot", System.getenv("PATH")) != null, "Graphviz 'dot' is not installed");
        IOException e = assertThrows(
                IOException.class,
                () -> DotWriter.write("this is not dot", dir.resolve("bad.png"), System.getenv("PATH")));
        assertTrue(e.getMessage().startsWith("Graphviz 'dot' failed with exit code 1 rendering "), e.getMessage());
    }

    @Test
    void identifiersAreQuotedOnlyWhenNeeded() {
        assertEquals(
                List.of("LR", "270", "-1.5", "\"a b\"", "\"\"", "\"x\\ny\""),
                List.of(
                        DotWriter.id("LR"),
                        DotWriter.id("270"),
                        DotWriter.id("-1.5"),
                        DotWriter.id("a b"),
                        DotWriter.id(""),
                        DotWriter.id("x\ny")));
    }
}
