package io.streamz.it.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @Pipeline(metrics = true)}: the fused class counts exactly what its interpreted twin
 * counts, stage by stage, and the builder of an unmeasured pipeline has no {@code metrics}.
 */
class GeneratedMetricsTest {

    private static final Map<String, String> EXPECTED = expected();

    /** in/out/failed per stage for lines "5", "150", "x", "200" and counts 1, 2, 3, in declaration order. */
    private static Map<String, String> expected() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("lines", "4/4/0");
        counts.put("parse", "4/3/1"); // "x" fails
        counts.put("large", "3/2/0");
        counts.put("total", "2/2/0");
        counts.put("totals", "2/0/0");
        counts.put("items", "3/3/0"); // "x" failed in parse, declared first: its emit went no further
        counts.put("item", "3/7/0"); // 1 + 3 + 3 characters
        counts.put("later", "7/7/0");
        counts.put("delayed", "7/0/0");
        counts.put("counts", "3/3/0");
        counts.put("pair", "6/3/0"); // 3 lines and 3 counts in, 3 pairs out
        counts.put("pairs", "3/0/0");
        return counts;
    }

    @Test
    void theFusedPipelineCountsEveryStageExactly() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        PipelineMetrics metrics = PipelineMetrics.create("orders", 1, loop::nanoTime);
        List<Long> totals = new ArrayList<>();
        List<String> delayed = new ArrayList<>();
        MeasuredOrders orders = Streamz_MeasuredOrders.builder()
                .loop(loop)
                .metrics(metrics)
                .totals(totals::add)
                .delayed(delayed::add)
                .pairs(p -> {})
                .build();
        run(orders, loop, metrics);
        assertEquals(List.of(150L, 350L), totals);
        assertEquals(7, delayed.size());
        Map<String, String> counts = new LinkedHashMap<>();
        for (StageMetrics stage : metrics.stages()) {
            counts.put(stage.stage(), stage.in() + "/" + stage.out() + "/" + stage.failed());
        }
        assertEquals(EXPECTED, counts);
        StageMetrics sink = metrics.stage("totals").orElseThrow();
        assertTrue(sink.isSink());
        assertEquals(2, sink.latencyCount());
        StageMetrics later = metrics.stage("delayed").orElseThrow();
        assertEquals(7, later.latencyCount(), "the delay hands each item on from the loop, which starts its clock");
    }

    @Test
    void theFusedPipelineTimesOneElementInNAndCountsAll() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        PipelineMetrics metrics = PipelineMetrics.create("sampled", 2, loop::nanoTime);
        MeasuredOrders orders = Streamz_MeasuredOrders.builder()
                .loop(loop)
                .metrics(metrics)
                .totals(t -> {})
                .delayed(d -> {})
                .pairs(p -> {})
                .build();
        for (String line : List.of("150", "200", "300", "400", "500")) {
            orders.lines(line);
        }
        StageMetrics sink = metrics.stage("totals").orElseThrow();
        assertEquals(5, sink.in());
        assertEquals(3, sink.latencyCount(), "the 1st, 3rd and 5th element are timed");
    }

    /** Emits the known input; the delay's depth is read at known virtual times. */
    private static void run(MeasuredOrders orders, VirtualTimeLoop loop, PipelineMetrics metrics) {
        orders.lines("5");
        orders.lines("150");
        assertThrows(NumberFormatException.class, () -> orders.lines("x"));
        orders.lines("200");
        orders.counts(1);
        orders.counts(2);
        orders.counts(3);
        StageMetrics later = metrics.stage("later").orElseThrow();
        assertTrue(later.hasDepth());
        assertEquals(7, later.depth());
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(0, later.depth());
    }

    @Test
    void theTwinCountsTheSameUnderItsNodesLabels() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        PipelineMetrics metrics = PipelineMetrics.create("orders-twin", 1, loop::nanoTime);
        MeasuredOrders orders = Streamz_MeasuredOrders.builder()
                .loop(loop)
                .metrics(metrics)
                .totals(t -> {})
                .delayed(d -> {})
                .pairs(p -> {})
                .buildInterpreted();
        run(orders, loop, metrics);
        Map<String, String> counts = new LinkedHashMap<>();
        for (StageMetrics stage : metrics.stages()) {
            counts.put(stage.stage(), stage.in() + "/" + stage.out() + "/" + stage.failed());
        }
        assertEquals("4/3/1", counts.get("map: parse"));
        assertEquals("3/2/0", counts.get("filter: large"));
        assertEquals("7/0/0", counts.get("sink: delayed"));
        assertEquals("4/4/0", counts.get("lines"));
        assertEquals("7/7/0", counts.get("later"), counts.toString());
        assertEquals("6/3/0", counts.get("pair"), counts.toString());
    }

    @Test
    void anUnmeasuredPipelinesBuilderHasNoMetrics() {
        List<String> measured = builderMethods(Streamz_MeasuredOrders.Builder.class);
        assertTrue(measured.contains("metrics"), measured.toString());
        List<String> plain = builderMethods(io.streamz.it.time.BufferedIngest.class.getPackageName(), "BufferedIngest");
        assertFalse(plain.contains("metrics"), plain.toString());
    }

    private static List<String> builderMethods(String pkg, String pipeline) {
        try {
            return builderMethods(Class.forName(pkg + ".Streamz_" + pipeline + "$Builder"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> builderMethods(Class<?> builder) {
        return Arrays.stream(builder.getDeclaredMethods()).map(Method::getName).toList();
    }
}
