package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Stream#withMetrics}: exact counts, depths at known virtual times, latency, and nothing when off. */
class MetricsTest {

    /** in/out/failed of every stage, as {@code "in/out/failed"}, by stage name. */
    private static Map<String, String> counts(PipelineMetrics metrics) {
        return metrics.stages().stream()
                .collect(Collectors.toMap(StageMetrics::stage, s -> s.in() + "/" + s.out() + "/" + s.failed()));
    }

    @Test
    void everyStageCountsWhatItReceivedPassedOnAndFailedOn() {
        Stream<Integer> source = new Stream<>("lines");
        ListSink<Integer> out = source.map(x -> x * 10)
                .named("parse")
                .filter(x -> x > 30)
                .named("large")
                .sinkToList();
        out.sink().named("out");
        PipelineMetrics metrics = PipelineMetrics.create("orders");
        assertSame(source, source.withMetrics(metrics));
        for (int i = 1; i <= 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(40, 50, 60, 70, 80, 90, 100), out);
        assertEquals(
                Map.of("lines", "10/10/0", "parse", "10/10/0", "large", "10/7/0", "out", "7/0/0"), counts(metrics));
        assertEquals(List.of("lines", "parse", "large", "out"), names(metrics));
        StageMetrics large = metrics.stage("large").orElseThrow();
        assertEquals("orders", large.pipeline());
        assertEquals("filter", large.operator());
        assertFalse(large.hasDepth());
        assertFalse(large.isSink());
        assertTrue(metrics.stage("out").orElseThrow().isSink());
    }

    @Test
    void aRoutedFailureCountsAsFailedAndTheOthersGoOn() {
        Stream<Integer> source = new Stream<>("in");
        Stream<FailedElement> errors = new Stream<>("errors");
        List<FailedElement> failures = errors.sinkToList();
        ListSink<Integer> out = source.map(x -> 10 / (x - 5))
                .named("divide")
                .routeFailuresTo(errors)
                .sinkToList();
        out.sink().named("out");
        PipelineMetrics metrics = PipelineMetrics.create("routed");
        source.withMetrics(metrics);
        for (int i = 1; i <= 9; i++) {
            source.emit(i);
        }
        assertEquals(8, out.size());
        assertEquals(1, failures.size());
        assertEquals(Map.of("in", "9/9/0", "divide", "9/8/1", "out", "8/0/0"), counts(metrics));
    }

    @Test
    void aFailureThatReachesTheEmitterIsCountedOnceAtTheFailingStage() {
        Stream<Integer> source = new Stream<>("in");
        List<Integer> out = new ArrayList<>();
        source.map(x -> x)
                .named("pass")
                .sink(x -> {
                    if (x == 2) {
                        throw new IllegalStateException("no 2");
                    }
                    out.add(x);
                })
                .named("picky");
        PipelineMetrics metrics = PipelineMetrics.create("thrown");
        source.withMetrics(metrics);
        source.emit(1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> source.emit(2));
        assertEquals("no 2", thrown.getMessage());
        source.emit(3);
        assertEquals(Map.of("in", "3/3/0", "pass", "3/3/0", "picky", "3/0/1"), counts(metrics));
        assertEquals(List.of(1, 3), out);
    }

    @Test
    void stagesAttachedLaterAreMeasuredAndRepeatedNamesAreNumbered() {
        Stream<Integer> source = new Stream<>("src");
        PipelineMetrics metrics = PipelineMetrics.create("late");
        source.withMetrics(metrics);
        source.map(x -> x + 1).named("step").sink(x -> {}).named("end");
        source.map(x -> x + 2).named("step").sink(x -> {}).named("end");
        source.emit(1);
        source.emit(2);
        assertEquals(List.of("src", "step", "end", "step #2", "end #2"), names(metrics));
        assertEquals(
                Map.of("src", "2/2/0", "step", "2/2/0", "end", "2/0/0", "step #2", "2/2/0", "end #2", "2/0/0"),
                counts(metrics));
    }

    @Test
    void depthsAreWhatBuffersDelaysRateLimitsAndMapAsyncHoldAtKnownVirtualTimes() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>("src", loop);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        source.buffer(5).named("buf").sink(x -> {});
        source.delay(Duration.ofSeconds(1)).named("wait").sink(x -> {});
        source.rateLimit(Duration.ofSeconds(1)).named("pace").sink(x -> {});
        source.mapAsync(
                        x -> {
                            CompletableFuture<Integer> call = new CompletableFuture<>();
                            calls.add(call);
                            return call;
                        },
                        2)
                .named("lookup")
                .sink(x -> {});
        PipelineMetrics metrics = PipelineMetrics.create("held", 1, loop::nanoTime);
        source.withMetrics(metrics);
        for (int i = 1; i <= 3; i++) {
            source.emit(i);
        }
        assertEquals(3, depth(metrics, "buf")); // drained by loop tasks not run yet
        assertEquals(3, depth(metrics, "wait"));
        assertEquals(2, depth(metrics, "pace")); // the first went through at once
        assertEquals(2, depth(metrics, "lookup")); // parallelism 2: the third waits for a slot
        loop.runDue();
        assertEquals(0, depth(metrics, "buf"));
        assertEquals(3, depth(metrics, "wait"));
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(0, depth(metrics, "wait"));
        assertEquals(1, depth(metrics, "pace"));
        calls.get(0).complete(10);
        loop.runDue();
        assertEquals(2, depth(metrics, "lookup")); // the third took the freed slot
        calls.get(1).complete(20);
        calls.get(2).complete(30);
        loop.runDue();
        assertEquals(0, depth(metrics, "lookup"));
        assertEquals("3/3/0", counts(metrics).get("lookup"));
        assertTrue(metrics.stage("buf").orElseThrow().hasDepth());
        assertEquals(0, metrics.handOffQueue()); // a virtual loop has no foreign hand-off queue
    }

    private static long depth(PipelineMetrics metrics, String stage) {
        return metrics.stage(stage).orElseThrow().depth();
    }

    @Test
    void aSinkRecordsTheTimeFromAnElementEnteringTheGraphToReachingIt() {
        AtomicLong clock = new AtomicLong(1_000);
        Stream<Integer> source = new Stream<>("src");
        source.map(x -> {
                    clock.addAndGet(5L * x); // the stage "takes" 5 ns per unit of x
                    return x;
                })
                .named("slow")
                .sink(x -> {})
                .named("out");
        PipelineMetrics metrics = PipelineMetrics.create("timed", 1, clock::get);
        source.withMetrics(metrics);
        source.emit(1);
        source.emit(3);
        source.emit(2);
        StageMetrics out = metrics.stage("out").orElseThrow();
        assertEquals(3, out.latencyCount());
        assertEquals(30, out.latencyTotalNanos());
        assertEquals(15, out.latencyMaxNanos());
        StageMetrics slow = metrics.stage("slow").orElseThrow();
        assertEquals(0, slow.latencyCount(), "only sinks record latency");
    }

    @Test
    void anElementHandedOnFromTheLoopStartsItsClockThere() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        AtomicLong clock = new AtomicLong();
        Stream<Integer> source = new Stream<>("src", loop);
        source.delay(Duration.ofSeconds(1))
                .map(x -> {
                    clock.addAndGet(7);
                    return x;
                })
                .sink(x -> {})
                .named("out");
        PipelineMetrics metrics = PipelineMetrics.create("delayed", 1, clock::get);
        source.withMetrics(metrics);
        source.emit(1);
        loop.advanceBy(Duration.ofSeconds(1));
        StageMetrics out = metrics.stage("out").orElseThrow();
        assertEquals(1, out.latencyCount());
        assertEquals(7, out.latencyTotalNanos());
    }

    @Test
    void withoutMetricsTheFastPathStaysAndNothingIsCounted() {
        Stream<Integer> measured = new Stream<>("a");
        Stream<Integer> measuredMap = measured.map(x -> x);
        measuredMap.sink(x -> {});
        Stream<Integer> plain = new Stream<>("b");
        Stream<Integer> plainMap = plain.map(x -> x);
        plainMap.sink(x -> {});
        PipelineMetrics metrics = PipelineMetrics.create("only-a");
        assertNotNull(plainMap.soleSink(), "an unmeasured map hands to its sink through the fast path");
        measured.withMetrics(metrics);
        assertNull(measuredMap.soleSink(), "a measured map goes through emitDownstream, where it counts");
        assertNotNull(plainMap.soleSink());
        plain.emit(1);
        plain.emit(2);
        assertEquals(List.of(), metrics.stages(), "nothing of the unmeasured graph is counted anywhere");
        measured.emit(1);
        assertEquals(3, metrics.stages().size());
    }

    @Test
    void aListenerSeesEachStageOnceWhenItIsFirstMeasured() {
        Stream<Integer> source = new Stream<>("s");
        source.map(x -> x).named("m").sink(x -> {}).named("k");
        PipelineMetrics metrics = PipelineMetrics.create("listened");
        source.withMetrics(metrics);
        source.emit(1);
        List<String> seen = new ArrayList<>();
        Consumer<StageMetrics> listener = stage -> seen.add(stage.stage());
        metrics.forEachStage(listener);
        assertEquals(List.of("s", "m", "k"), seen);
        source.filter(x -> true).named("f");
        source.emit(2);
        assertEquals(List.of("s", "m", "k", "f"), seen);
        assertEquals("2/2/0", counts(metrics).get("m"));
        assertEquals(Optional.empty(), metrics.stage("nope"));
    }

    @Test
    void badArgumentsAreRejectedBeforeAnythingChanges() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> map = source.map(x -> x);
        map.sink(x -> {});
        NullPointerException none = assertThrows(NullPointerException.class, () -> source.withMetrics(null));
        assertEquals("withMetrics: metrics must not be null", none.getMessage());
        PipelineMetrics foreign = (PipelineMetrics) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PipelineMetrics.class}, (p, m, a) -> null);
        IllegalArgumentException notOurs =
                assertThrows(IllegalArgumentException.class, () -> source.withMetrics(foreign));
        assertTrue(notOurs.getMessage().endsWith("was not made by PipelineMetrics.create"), notOurs.getMessage());
        assertNotNull(map.soleSink(), "the graph is not measured");
        assertEquals(
                "PipelineMetrics: pipeline must not be blank",
                assertThrows(IllegalArgumentException.class, () -> PipelineMetrics.create(" "))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> PipelineMetrics.create("x", 1, null));
        assertEquals(
                "PipelineMetrics: latencySampling must be 0 (no latency) or more; was -1",
                assertThrows(IllegalArgumentException.class, () -> PipelineMetrics.create("x", -1))
                        .getMessage());
    }

    @Test
    void latencyIsSampledOneElementInNCountsAreNot() {
        AtomicLong clock = new AtomicLong();
        AtomicLong clockReads = new AtomicLong();
        Stream<Integer> source = new Stream<>("src");
        source.map(x -> {
                    clock.addAndGet(x); // element x "takes" x ns
                    return x;
                })
                .named("slow")
                .sink(x -> {})
                .named("out");
        PipelineMetrics metrics = PipelineMetrics.create("sampled", 3, () -> {
            clockReads.incrementAndGet();
            return clock.get();
        });
        source.withMetrics(metrics);
        for (int x = 1; x <= 8; x++) {
            source.emit(x);
        }
        StageMetrics out = metrics.stage("out").orElseThrow();
        assertEquals(3, metrics.latencySampling());
        assertEquals(8, out.in(), "every element is counted");
        assertEquals(3, out.latencyCount(), "the first element, then one in 3: 1, 4 and 7");
        assertEquals(1 + 4 + 7, out.latencyTotalNanos());
        assertEquals(7, out.latencyMaxNanos());
        assertEquals(6, clockReads.get(), "two clock reads per timed element, none for the others");
    }

    @Test
    void samplingZeroTimesNothingAndTheDefaultTimesOneInSixtyFour() {
        Stream<Integer> source = new Stream<>("src");
        Sink<Integer> sink = source.sink(x -> {});
        sink.named("out");
        PipelineMetrics untimed = PipelineMetrics.create("untimed", 0, () -> {
            throw new AssertionError("the clock is never read without sampling");
        });
        source.withMetrics(untimed);
        for (int x = 0; x < 200; x++) {
            source.emit(x);
        }
        assertEquals(200, untimed.stage("out").orElseThrow().in());
        assertEquals(0, untimed.stage("out").orElseThrow().latencyCount());

        PipelineMetrics metrics = PipelineMetrics.create("default");
        assertEquals(64, metrics.latencySampling());
        sink.withMetrics(metrics);
        for (int x = 0; x < 200; x++) {
            source.emit(x);
        }
        StageMetrics out = metrics.stage("out").orElseThrow();
        assertEquals(200, out.in());
        assertEquals(4, out.latencyCount(), "elements 1, 65, 129 and 193");
    }

    @Test
    void measuringTheSameGraphAgainKeepsItsMeters() {
        Stream<Integer> source = new Stream<>("s");
        Sink<Integer> sink = source.sink(x -> {});
        PipelineMetrics metrics = PipelineMetrics.create("again");
        source.withMetrics(metrics);
        source.emit(1);
        StageMetrics before = metrics.stage("s").orElseThrow();
        sink.withMetrics(metrics);
        source.emit(2);
        assertSame(before, metrics.stage("s").orElseThrow());
        assertEquals("2/2/0", counts(metrics).get("s"));
    }

    private static List<String> names(PipelineMetrics metrics) {
        return metrics.stages().stream().map(StageMetrics::stage).collect(Collectors.toList());
    }
}
