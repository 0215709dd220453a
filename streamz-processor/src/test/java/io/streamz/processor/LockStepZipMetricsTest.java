package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.StageFailure;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A zip one source feeds in lock step (its inputs paired in locals, without the join's queues),
 * in a measured pipeline whose zip has two downstreams: the fused zip counts one element in per
 * input of each pair, as the interpreted zip node does, one out per pair its function returns
 * and one failure per pair it throws on, and hands each pair to both downstreams.
 */
class LockStepZipMetricsTest {
    @Test
    void aLockStepZipCountsAndHandsOnAsTheInterpretedZip() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.LockStep",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline(metrics = true)",
                "public interface LockStep {",
                "    @Source void emit(int x);",
                "    @Map default int inc(int x) { return x + 1; }",
                "    @Zip(from = {\"emit\", \"inc\"}) default String pair(int x, int inc) {",
                "        if (x == 2) throw new IllegalStateException(\"two\");",
                "        return x + \"/\" + inc;",
                "    }",
                "    @Sink void out(String pair);",
                "    @Sink(from = \"pair\") void copy(String pair);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_LockStep");
        List<String> fusedSinks = new ArrayList<>();
        PipelineMetrics fused = run(generated, "build", fusedSinks);
        List<String> twinSinks = new ArrayList<>();
        PipelineMetrics twin = run(generated, "buildInterpreted", twinSinks);

        assertThat(fusedSinks)
                .containsExactly("out 1/2", "copy 1/2", "threw IllegalStateException map: pair", "out 3/4", "copy 3/4")
                .inOrder();
        assertThat(twinSinks).isEqualTo(fusedSinks);
        // the fused zip and its function are one stage; the interpreted graph has a zip node named
        // after it and a map node for the function
        assertThat(counts(fused))
                .containsExactly("emit 3 3 0", "inc 3 3 0", "pair 6 2 1", "out 2 0 0", "copy 2 0 0")
                .inOrder();
        StageMetrics zip = twin.stage("pair").orElseThrow();
        assertThat(List.of(zip.in(), zip.out())).containsExactly(6L, 3L).inOrder();
    }

    private static PipelineMetrics run(Class<?> generated, String build, List<String> sinks) throws Exception {
        PipelineMetrics metrics = PipelineMetrics.create(build, 1, () -> 0L);
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("metrics", PipelineMetrics.class).invoke(builder, metrics);
        for (String sink : List.of("out", "copy")) {
            Consumer<String> log = pair -> sinks.add(sink + " " + pair);
            builder.getClass().getMethod(sink, Consumer.class).invoke(builder, log);
        }
        Object pipeline = builder.getClass().getMethod(build).invoke(builder);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = 1; x <= 3; x++) {
            try {
                emit.invoke(pipeline, x);
            } catch (InvocationTargetException e) {
                sinks.add(
                        "threw " + e.getCause().getClass().getSimpleName() + " " + StageFailure.stageOf(e.getCause()));
            }
        }
        return metrics;
    }

    /** Each stage's name with its in, out and failed counts. */
    private static List<String> counts(PipelineMetrics metrics) {
        List<String> counts = new ArrayList<>();
        for (StageMetrics stage : metrics.stages()) {
            counts.add(stage.stage() + " " + stage.in() + " " + stage.out() + " " + stage.failed());
        }
        return counts;
    }
}
