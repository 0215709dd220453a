package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.streamz.Named;
import io.streamz.Stream;
import java.io.File;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * streamz's {@code tests/test_graph.py}. streamz builds a networkx graph; ours is DOT text, so
 * the tests read the nodes and edges back from {@code toDot()}.
 */
class GraphParityTest {
    private static final Pattern NODE = Pattern.compile("^\\t(n\\d+) \\[label=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");
    private static final Pattern EDGE = Pattern.compile("^\\t(n\\d+) -> (n\\d+)");

    // test_graph.py::test_create_graph
    @Test
    void createGraph() {
        Stream<Integer> source1 = new Stream<>("source1");
        Stream<Integer> source2 = new Stream<>("source2");
        Stream<List<Object>> n1 = source1.zip(source2);
        Stream<Integer> n2 = n1.map(Named.function("add", (List<Object> t) -> (Integer) t.get(0) + (Integer) t.get(1)));
        Stream<Integer> s = n2.sink(source1::emit);

        Graph g = Graph.of(n2.toDot());
        assertEquals(Set.of("source1; Stream", "source2; Stream", "zip", "map: add", "sink: <lambda>"), g.labels());
        assertEquals(
                Set.of(
                        List.of("source1; Stream", "zip"),
                        List.of("source2; Stream", "zip"),
                        List.of("zip", "map: add"),
                        List.of("map: add", "sink: <lambda>")),
                g.edges());
        assertEquals(g.labels(), Graph.of(s.toDot()).labels());
    }

    // test_graph.py::test_create_cyclic_graph: cycles are fine
    @Test
    void createCyclicGraph() {
        Stream<Integer> source1 = new Stream<>("source1");
        Stream<Integer> source2 = new Stream<>("source2");
        Stream<List<Object>> n1 = source1.zip(source2);
        Stream<Integer> n2 = n1.map(Named.function("add", (List<Object> t) -> (Integer) t.get(0) + (Integer) t.get(1)));
        n2.connect(source1);

        Graph g = Graph.of(n2.toDot());
        assertEquals(Set.of("source1; Stream", "source2; Stream", "zip", "map: add"), g.labels());
        assertEquals(
                Set.of(
                        List.of("source1; Stream", "zip"),
                        List.of("source2; Stream", "zip"),
                        List.of("zip", "map: add"),
                        List.of("map: add", "source1; Stream")),
                g.edges());
        assertEquals(Graph.of(source2.toDot()).edges(), g.edges());
        Reference.reachabilityFence(n2); // downstreams are held weakly: source2 reaches n2 only through them
    }

    // test_graph.py::test_create_file: png and svg through Graphviz, dot as text with the graph attributes
    @Test
    void createFile(@TempDir Path dir) throws IOException {
        Stream<Integer> source1 = new Stream<>("source1");
        Stream<Integer> source2 = new Stream<>("source2");
        Stream<List<Object>> n1 = source1.zip(source2);
        Stream<Integer> n2 = n1.map(Named.function("add", (List<Object> t) -> (Integer) t.get(0) + (Integer) t.get(1)))
                .accumulate(Named.binaryOperator("mul", (Integer a, Integer b) -> a * b))
                .map(x -> x + 1);
        n2.sink(source1::emit);

        Path dot = n1.visualize(dir.resolve("graph.dot"), Map.of("rankdir", "LR"));
        String text = Files.readString(dot);
        for (String word : List.of(
                "rankdir",
                "source1",
                "source2",
                "zip",
                "map",
                "add",
                "accumulate: mul",
                "shape=box",
                "shape=ellipse")) {
            assertTrue(text.contains(word), word + " missing from\n" + text);
        }

        assumeTrue(graphvizOnPath(), "Graphviz 'dot' is not installed");
        Path png = n1.visualize(dir.resolve("graph.png"));
        assertTrue(Files.size(png) > 0);
        Path svg = n1.visualize(dir.resolve("graph.svg"), Map.of("rankdir", "LR"));
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    // test_graph.py::test_cleantext; OUR labels are not cleaned as streamz's _clean_text does,
    // they are kept verbatim and escaped for DOT, so every character survives
    @Test
    void cleantext() {
        Stream<Integer> source = new Stream<>("JFDSM*(@&$:FFDS:;;\"\\");
        Graph g = Graph.of(source.toDot());
        assertEquals(Set.of("JFDSM*(@&$:FFDS:;;\"\\; Stream"), g.labels());
    }

    private static boolean graphvizOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "dot"))) {
                return true;
            }
        }
        return false;
    }

    /** Nodes (by label) and edges (pairs of labels) read back from DOT text. */
    private record Graph(Set<String> labels, Set<List<String>> edges) {
        static Graph of(String dot) {
            Map<String, String> labelById = new HashMap<>();
            Set<List<String>> edges = new HashSet<>();
            for (String line : dot.split("\n")) {
                Matcher node = NODE.matcher(line);
                Matcher edge = EDGE.matcher(line);
                if (edge.find()) {
                    edges.add(List.of(labelById.get(edge.group(1)), labelById.get(edge.group(2))));
                } else if (node.find()) {
                    labelById.put(node.group(1), unquote(node.group(2)));
                }
            }
            return new Graph(new HashSet<>(labelById.values()), edges);
        }

        private static String unquote(String label) {
            if (!label.startsWith("\"")) {
                return label;
            }
            return label.substring(1, label.length() - 1).replaceAll("\\\\(.)", "$1");
        }
    }
}
