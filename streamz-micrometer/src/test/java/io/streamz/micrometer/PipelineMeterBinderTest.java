package io.streamz.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streamz.FailedElement;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import io.streamz.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Micrometer meters of a measured graph read exactly the pipeline's figures. */
class PipelineMeterBinderTest {

    private static double count(MeterRegistry registry, String name, String stage) {
        return registry.get(name)
                .tags("pipeline", "orders", "stage", stage)
                .functionCounter()
                .count();
    }

    @Test
    void countersPerStageCountExactly() {
        Stream<Integer> source = new Stream<>("numbers");
        Stream<FailedElement> errors = new Stream<>("errors");
        errors.sink(e -> {}).named("dead letters");
        source.map(x -> 100 / x)
                .named("invert")
                .routeFailuresTo(errors)
                .filter(x -> x > 10)
                .named("large")
                .sink(x -> {})
                .named("out");
        PipelineMetrics metrics = PipelineMetrics.create("orders");
        source.withMetrics(metrics);
        MeterRegistry registry = new SimpleMeterRegistry();
        new PipelineMeterBinder(metrics).bindTo(registry);
        for (int x : new int[] {1, 2, 0, 5, 20}) {
            source.emit(x);
        }
        assertEquals(5, count(registry, "streamz.stage.in", "numbers"));
        assertEquals(5, count(registry, "streamz.stage.in", "invert"));
        assertEquals(4, count(registry, "streamz.stage.out", "invert"));
        assertEquals(1, count(registry, "streamz.stage.failed", "invert"));
        assertEquals(4, count(registry, "streamz.stage.in", "large"));
        assertEquals(3, count(registry, "streamz.stage.out", "large")); // 100, 50, 20
        assertEquals(3, count(registry, "streamz.stage.in", "out"));
        assertEquals(0, count(registry, "streamz.stage.out", "out"));
        assertNull(registry.find("streamz.stage.depth").gauge(), "no stage here holds elements");
    }

    @Test
    void aSinksLatencyIsAFunctionTimerAndItsMaxATimeGauge() {
        AtomicLong clock = new AtomicLong();
        Stream<Integer> source = new Stream<>("numbers");
        source.map(x -> {
                    clock.addAndGet(x * 1_000_000L); // x milliseconds
                    return x;
                })
                .named("slow")
                .sink(x -> {})
                .named("out");
        PipelineMetrics metrics = PipelineMetrics.create("orders", 1, clock::get);
        source.withMetrics(metrics);
        MeterRegistry registry = new SimpleMeterRegistry();
        new PipelineMeterBinder(metrics, Tags.of("app", "shop")).bindTo(registry);
        source.emit(3);
        source.emit(5);
        FunctionTimer latency = registry.get("streamz.sink.latency")
                .tags("pipeline", "orders", "stage", "out", "app", "shop")
                .functionTimer();
        assertEquals(2, latency.count());
        assertEquals(8, latency.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(
                5,
                registry.get("streamz.sink.latency.max")
                        .tags("stage", "out")
                        .timeGauge()
                        .value(TimeUnit.MILLISECONDS));
    }

    @Test
    void depthsAreGaugesReadAtKnownVirtualTimes() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>("numbers", loop);
        source.delay(Duration.ofSeconds(1)).named("wait").sink(x -> {}).named("out");
        PipelineMetrics metrics = PipelineMetrics.create("orders", 1, loop::nanoTime);
        source.withMetrics(metrics);
        MeterRegistry registry = new SimpleMeterRegistry();
        new PipelineMeterBinder(metrics).bindTo(registry);
        source.emit(1);
        source.emit(2);
        source.emit(3);
        assertEquals(
                3,
                registry.get("streamz.stage.depth")
                        .tags("stage", "wait")
                        .gauge()
                        .value());
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(
                0,
                registry.get("streamz.stage.depth")
                        .tags("stage", "wait")
                        .gauge()
                        .value());
        assertEquals(3, count(registry, "streamz.stage.out", "wait"));
        assertEquals(
                0,
                registry.get("streamz.handoff.queue")
                        .tags("pipeline", "orders")
                        .gauge()
                        .value());
    }

    @Test
    void stagesListedAfterBindingGetTheirMetersThen() {
        Stream<Integer> source = new Stream<>("numbers");
        PipelineMetrics metrics = PipelineMetrics.create("orders");
        source.withMetrics(metrics);
        MeterRegistry registry = new SimpleMeterRegistry();
        new PipelineMeterBinder(metrics).bindTo(registry);
        source.map(x -> x).named("late").sink(x -> {});
        source.emit(7);
        source.emit(8);
        assertEquals(2, count(registry, "streamz.stage.in", "late"));
    }

    @Test
    void badArgumentsFailAtOnce() {
        assertEquals(
                "metrics",
                assertThrows(NullPointerException.class, () -> new PipelineMeterBinder(null))
                        .getMessage());
        PipelineMeterBinder binder = new PipelineMeterBinder(PipelineMetrics.create("x"));
        assertEquals(
                "registry",
                assertThrows(NullPointerException.class, () -> binder.bindTo(null))
                        .getMessage());
    }
}
