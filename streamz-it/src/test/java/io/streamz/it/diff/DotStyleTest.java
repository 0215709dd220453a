package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One DOT style: a generated pipeline's {@code topologyDot()} (and its {@code .dot} file) is, with
 * its fused-method clusters taken out, exactly what the runtime's {@code Stream.toDot} draws for
 * the pipeline's interpreted twin: the same node numbering, labels, shapes, attributes and edges.
 */
final class DotStyleTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                Streamz_LinearPrimitives.class,
                Streamz_FilterHeavy.class,
                Streamz_Branching.class,
                Streamz_UnionTwoSources.class,
                Streamz_Windows.class,
                Streamz_Partitions.class,
                Streamz_Uniques.class,
                Streamz_Flattening.class,
                Streamz_Orders.class,
                Streamz_TimeStages.class,
                Streamz_RoutedAsync.class,
                Streamz_Routes.class,
                io.streamz.it.time.Streamz_NewestQuotes.class
            })
    void theGeneratedGraphIsTheTwinsGraphPlusClusters(Class<?> generated) throws Exception {
        String dot = (String) generated.getMethod("topologyDot").invoke(null);

        assertEquals(twinDot(generated), withoutClusters(dot));
        assertTrue(dot.contains("\tsubgraph cluster_0 {\n\t\tlabel=run"), dot);
        assertEquals(dot, dotFile(generated));
    }

    /**
     * In the twin a join's method runs in a {@code map} after the join's node; the generated graph
     * draws the stage once. With those maps taken out, the two graphs have the same nodes (labels,
     * shapes, attributes) and edges.
     */
    @ParameterizedTest
    @ValueSource(
            classes = {
                Streamz_ZipTwoSources.class,
                Streamz_ZipInStep.class,
                Streamz_CombineLatestTwo.class,
                Streamz_ZipLatestThree.class
            })
    void aJoinsGraphIsTheTwinsWithoutTheMapAfterTheJoin(Class<?> generated) throws Exception {
        String dot = (String) generated.getMethod("topologyDot").invoke(null);

        Graph twin = Graph.of(twinDot(generated)).withoutJoinMaps();

        assertEquals(twin, Graph.of(withoutClusters(dot)));
        assertTrue(twin.nodes.size() > 3, twin.toString());
        assertEquals(dot, dotFile(generated));
    }

    private static String twinDot(Class<?> generated) throws Exception {
        String pipeline = generated.getInterfaces()[0].getSimpleName();
        return twinSource(generated).toDot(Map.of("label", pipeline, "rankdir", "LR"));
    }

    /** A DOT text as its node lines (without ids) and edges between them, ids aside. */
    private record Graph(List<String> nodes, List<String> edges) {
        private static final Pattern NODE = Pattern.compile("\tn(\\d+) \\[(.*)\\]");
        private static final Pattern EDGE = Pattern.compile("\tn(\\d+) -> n(\\d+)(.*)");

        static Graph of(String dot) {
            Map<String, String> byId = new HashMap<>();
            List<String> edges = new ArrayList<>();
            for (String line : dot.split("\n")) {
                Matcher node = NODE.matcher(line);
                Matcher edge = EDGE.matcher(line);
                if (node.matches()) {
                    byId.put(node.group(1), node.group(2));
                } else if (edge.matches()) {
                    edges.add(byId.get(edge.group(1)) + " -> " + byId.get(edge.group(2)) + edge.group(3));
                }
            }
            List<String> nodes = new ArrayList<>(byId.values());
            Collections.sort(nodes);
            Collections.sort(edges);
            return new Graph(nodes, edges);
        }

        /** Takes out each {@code map: x} whose upstream is join {@code x}, joining its edges. */
        Graph withoutJoinMaps() {
            List<String> nodes = new ArrayList<>(this.nodes);
            List<String> edges = new ArrayList<>(this.edges);
            for (String node : this.nodes) {
                Matcher join = Pattern.compile("label=\"(\\w+); (zip|combineLatest|zipLatest)\".*")
                        .matcher(node);
                if (!join.matches()) {
                    continue;
                }
                String map =
                        "label=\"map: " + join.group(1) + "\" shape=ellipse style=\"rounded,filled\" fillcolor=white";
                if (!nodes.remove(map)) {
                    continue;
                }
                assertTrue(edges.remove(node + " -> " + map), node);
                List<String> out = new ArrayList<>();
                edges.removeIf(edge -> edge.startsWith(map + " -> ") && out.add(edge.substring(map.length())));
                out.forEach(rest -> edges.add(node + rest));
            }
            Collections.sort(edges);
            return new Graph(nodes, edges);
        }
    }

    private static String withoutClusters(String dot) {
        List<String> kept = new ArrayList<>();
        boolean inCluster = false;
        for (String line : dot.split("\n", -1)) {
            if (line.startsWith("\tsubgraph cluster_")) {
                inCluster = true;
            } else if (inCluster) {
                inCluster = !line.equals("\t}");
            } else {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String dotFile(Class<?> generated) throws IOException {
        try (InputStream in = generated.getResourceAsStream(generated.getSimpleName() + ".dot")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A node of the interpreted twin that draws all of it, built with a do-nothing consumer for every sink. */
    private static Stream<?> twinSource(Class<?> generated) throws Exception {
        Object builder = generated.getMethod("builder").invoke(null);
        for (Method setter : builder.getClass().getMethods()) {
            Class<?>[] parameters = setter.getParameterTypes();
            if (setter.getDeclaringClass() == builder.getClass()
                    && parameters.length == 1
                    && parameters[0].isInterface()
                    && !parameters[0].getPackageName().startsWith("io.streamz")) {
                setter.invoke(builder, doNothing(parameters[0]));
            }
        }
        Object twin = builder.getClass().getMethod("buildInterpreted").invoke(builder);
        // the node whose drawing is the largest: an error route's stream, declared first, does not
        // know who routes to it, so from its side only it and its sink are drawn
        Stream<?> widest = null;
        for (Field field : twin.getClass().getDeclaredFields()) {
            if (Stream.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                Stream<?> node = (Stream<?>) field.get(twin);
                if (widest == null || node.toDot().length() > widest.toDot().length()) {
                    widest = node;
                }
            }
        }
        if (widest == null) {
            throw new AssertionError("no node in " + twin.getClass());
        }
        return widest;
    }

    private static Object doNothing(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals")
                        ? proxy == args[0]
                        : method.getName().equals("hashCode") ? 0 : "sink";
            }
            return null;
        });
    }
}
