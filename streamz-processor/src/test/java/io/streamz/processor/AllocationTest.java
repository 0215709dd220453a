package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** The fused code of a primitive chain allocates nothing per element; its interpreted twin boxes. */
class AllocationTest {
    private static final int ELEMENTS = 200_000;

    private long sum;

    @Test
    void aFusedPrimitiveChainAllocatesNothingPerElement() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Chain",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "import java.util.function.IntConsumer;",
                "",
                "@Pipeline",
                "public interface Chain extends IntConsumer {",
                "    @Source void accept(int x);",
                "    @Map default int inc(int x) { return x + 1; }",
                "    @Filter default boolean even(int x) { return (x & 1) == 0; }",
                "    @Accumulate(start = \"zero\") default long total(long sum, int x) { return sum + x; }",
                "    default long zero() { return 0L; }",
                "    @Sink void out(long total);",
                "}")));
        assertWithMessage("%s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        Class<?> generated = new InMemoryClassLoader(compilation).loadClass("com.acme.Streamz_Chain");

        IntConsumer fused = build(generated, "build");
        IntConsumer interpreted = build(generated, "buildInterpreted");
        run(fused); // warm up
        long fusedBytes = allocatedBy(() -> run(fused));
        long interpretedBytes = allocatedBy(() -> run(interpreted));

        assertThat(sum).isGreaterThan(0L);
        assertWithMessage("bytes allocated by %s fused elements", ELEMENTS)
                .that(fusedBytes)
                .isLessThan(ELEMENTS / 4);
        assertWithMessage("bytes allocated by %s interpreted elements", ELEMENTS)
                .that(interpretedBytes)
                .isGreaterThan((long) ELEMENTS * 8);
    }

    private IntConsumer build(Class<?> generated, String build) throws Exception {
        Object builder = generated.getMethod("builder").invoke(null);
        LongConsumer out = total -> sum += total;
        builder.getClass().getMethod("out", LongConsumer.class).invoke(builder, out);
        return (IntConsumer) builder.getClass().getMethod(build).invoke(builder);
    }

    private static void run(IntConsumer pipeline) {
        for (int i = 0; i < ELEMENTS; i++) {
            pipeline.accept(i);
        }
    }

    @SuppressWarnings("deprecation") // Thread.getId: threadId() is Java 19+
    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        work.run();
        return threads.getThreadAllocatedBytes(thread) - before;
    }
}
