package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.EventLoop;
import io.streamz.VirtualTimeLoop;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * In a measured pipeline, a delay's and a rate limit's depth is what they hold, and a mapAsync's
 * what is in flight, read from their helpers as the interpreted nodes report theirs.
 */
class MeasuredLoopStagesTest {
    @Test
    void delayRateLimitAndMapAsyncReportWhatTheyHold() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Paced",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "import java.util.concurrent.CompletableFuture;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Pipeline(metrics = true)",
                "public interface Paced {",
                "    @Source void emit(int x);",
                "    @Delay(100) int later(int x);",
                "    @RateLimit(50) int paced(int x);",
                "    @MapAsync default CompletionStage<Integer> call(int x) {",
                "        return CompletableFuture.completedFuture(x);",
                "    }",
                "    @Sink void out(int x);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Paced");
        PipelineMetrics fused = run(generated, "build", true);
        PipelineMetrics twin = run(generated, "buildInterpreted", false);
        // the interpreted graph meters a node once an element reached it, a mapAsync as "mapAsync: call"
        assertThat(depths(twin))
                .containsExactly("later 0", "paced 0", "mapAsync: call 0")
                .inOrder();
        assertThat(depths(fused))
                .containsExactly("later 0", "paced 0", "call 0")
                .inOrder();
    }

    /**
     * Emits 1, 2 and 3 into a fresh build; checks the depths as the elements wait in the delay,
     * then in the rate limit (in the fused build, whose meters exist from the start: {@code
     * fused}), and that all three come out; returns the metrics at the end.
     */
    private static PipelineMetrics run(Class<?> generated, String build, boolean fused) throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        PipelineMetrics metrics = PipelineMetrics.create(build, 1, loop::nanoTime);
        List<Integer> out = new ArrayList<>();
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("loop", EventLoop.class).invoke(builder, loop);
        builder.getClass().getMethod("metrics", PipelineMetrics.class).invoke(builder, metrics);
        builder.getClass().getMethod("out", IntConsumer.class).invoke(builder, (IntConsumer) out::add);
        Object pipeline = builder.getClass().getMethod(build).invoke(builder);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = 1; x <= 3; x++) {
            emit.invoke(pipeline, x);
        }
        loop.runDue();
        assertThat(depths(metrics))
                .containsExactlyElementsIn(fused ? List.of("later 3", "paced 0", "call 0") : List.of("later 3"))
                .inOrder();
        loop.advanceBy(Duration.ofMillis(100)); // all three due: the first goes on, two wait their 50 ms
        assertThat(metrics.stage("later").orElseThrow().depth()).isEqualTo(0);
        assertThat(metrics.stage("paced").orElseThrow().depth()).isEqualTo(2);
        loop.advanceBy(Duration.ofSeconds(1));
        assertThat(out).containsExactly(1, 2, 3).inOrder();
        return metrics;
    }

    /** The depth of each stage that has one. */
    private static List<String> depths(PipelineMetrics metrics) {
        List<String> depths = new ArrayList<>();
        for (StageMetrics stage : metrics.stages()) {
            if (stage.hasDepth()) {
                depths.add(stage.stage() + " " + stage.depth());
            }
        }
        return depths;
    }
}
