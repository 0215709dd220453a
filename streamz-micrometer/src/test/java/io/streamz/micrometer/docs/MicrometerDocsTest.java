package io.streamz.micrometer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streamz.Stream;
import io.streamz.micrometer.PipelineMeterBinder;
import io.streamz.metrics.PipelineMetrics;
import org.junit.jupiter.api.Test;

/** The Java snippet of {@code docs/observability.md}, Micrometer, run word for word. */
class MicrometerDocsTest {
    @Test
    void bindingAPipelinesMetrics() {
        MeterRegistry registry = new SimpleMeterRegistry(); // your application's registry
        Stream<String> lines = new Stream<>("lines");
        lines.map(String::length).named("length").sink(n -> {}).named("out");

        PipelineMetrics metrics = PipelineMetrics.create("checkout");
        lines.withMetrics(metrics);
        new PipelineMeterBinder(metrics).bindTo(registry);

        lines.emit("hello");
        double in = registry.get("streamz.stage.in").tags("pipeline", "checkout", "stage", "length")
                .functionCounter().count(); // 1.0
        assertEquals(1.0, in);
    }
}
