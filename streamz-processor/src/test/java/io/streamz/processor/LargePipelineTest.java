package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A linear chain of 5,000 stages (map, filter, accumulate and unique in turn) compiles warning-free:
 * no generated method reaches javac's 64 KB limit (fused segments are split, and so is the twin's
 * wiring), and the fused class runs it on a thread with the default stack, with the same output
 * as the interpreted twin (which recurses once per node, so it runs on a thread with a large stack).
 */
class LargePipelineTest {
    private static final int STAGES = 5_000;

    @Test
    void aChainOfFiveThousandStagesCompilesAndRunsFusedAsInterpreted() throws Throwable {
        Compilation compilation = Golden.compile(List.of(chain(STAGES)));
        assertWithMessage("diagnostics: %s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Chain");
        List<Integer> inputs = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            inputs.add(random.nextInt(1000) - 500);
        }
        List<Integer> fused = run(generated, "build", inputs, 0);
        List<Integer> interpreted = run(generated, "buildInterpreted", inputs, 1L << 30);
        assertThat(fused).isNotEmpty();
        assertThat(fused).isEqualTo(interpreted);
    }

    /** {@code source -> (map, filter, accumulate, unique)* -> sink}, {@code stages} stages in all. */
    static JavaFileObject chain(int stages) {
        StringBuilder source = new StringBuilder(String.join(
                "\n",
                "package com.acme;",
                "",
                "import io.streamz.annotations.Accumulate;",
                "import io.streamz.annotations.Filter;",
                "import io.streamz.annotations.Map;",
                "import io.streamz.annotations.Pipeline;",
                "import io.streamz.annotations.Sink;",
                "import io.streamz.annotations.Source;",
                "import io.streamz.annotations.Unique;",
                "",
                "@Pipeline",
                "public interface Chain {",
                "    @Source void emit(int x);",
                "    static int zero() { return 0; }",
                ""));
        for (int i = 1; i < stages - 1; i++) {
            String stage = "s" + i;
            switch (i % 4) {
                case 1 ->
                    source.append("    @Map default int ")
                            .append(stage)
                            .append("(int x) { return x + ")
                            .append(i % 7)
                            .append("; }\n");
                case 2 ->
                    source.append("    @Filter default boolean ")
                            .append(stage)
                            .append("(int x) { return x % 100_003 != 3; }\n");
                case 3 ->
                    source.append("    @Accumulate(start = \"zero\") default int ")
                            .append(stage)
                            .append("(int state, int x) { return state / 2 + x; }\n");
                default ->
                    source.append("    @Unique(history = 1) int ").append(stage).append("(int x);\n");
            }
        }
        source.append("    @Sink void out(int x);\n}\n");
        return JavaFileObjects.forSourceString("com.acme.Chain", source.toString());
    }

    /**
     * Builds the pipeline with {@code build} and emits every input on a new thread with a stack
     * of {@code stackSize} bytes (0: the platform's default); returns what the sink received.
     */
    private static List<Integer> run(Class<?> generated, String build, List<Integer> inputs, long stackSize)
            throws Throwable {
        List<Integer> received = new ArrayList<>();
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("out", IntConsumer.class).invoke(builder, (IntConsumer) received::add);
        Object pipeline = builder.getClass().getMethod(build).invoke(builder);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        for (int input : inputs) {
                            emit.invoke(pipeline, input);
                        }
                    } catch (InvocationTargetException e) {
                        failure.set(e.getCause());
                    } catch (ReflectiveOperationException e) {
                        failure.set(e);
                    }
                },
                build,
                stackSize);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return received;
    }
}
