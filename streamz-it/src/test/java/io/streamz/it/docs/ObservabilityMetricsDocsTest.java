package io.streamz.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.GlobalSinks;
import io.streamz.Stream;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics snippets of {@code docs/observability.md}, run word for word. */
class ObservabilityMetricsDocsTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    // docs/observability.md, Interpreted graphs
    @Test
    void interpretedGraph() {
        List<String> printed = SystemOut.capture(() -> {
            PipelineMetrics metrics = PipelineMetrics.create("checkout");
            Stream<String> lines = new Stream<>("lines");
            lines.map(line -> Integer.parseInt(line.trim())).named("parse")
                    .filter(cents -> cents > 100).named("large")
                    .sink(System.out::println).named("out");
            lines.withMetrics(metrics);

            lines.emit("150");
            lines.emit("20");
            StageMetrics large = metrics.stage("large").orElseThrow();
            System.out.println(large.in() + " in, " + large.out() + " out"); // prints 2 in, 1 out
        });
        assertEquals(List.of("150", "2 in, 1 out"), printed);
    }

    // docs/observability.md, Generated pipelines
    @Test
    void generatedPipeline() {
        List<String> printed = SystemOut.capture(() -> {
            PipelineMetrics metrics = PipelineMetrics.create("checkout");
            Checkout checkout = Streamz_Checkout.builder().metrics(metrics).out(System.out::println).build();
            checkout.emit("150");
            checkout.emit("20");
            assertThrows(NumberFormatException.class, () -> checkout.emit("x"));
            for (StageMetrics stage : metrics.stages()) {
                System.out.println(stage.stage() + " " + stage.in() + "/" + stage.out() + "/" + stage.failed());
            }
            // prints emit 3/3/0, parse 3/2/1, large 2/1/0, out 1/0/0
        });
        assertEquals(List.of("150", "emit 3/3/0", "parse 3/2/1", "large 2/1/0", "out 1/0/0"), printed);
    }
}
