package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.EventLoop;
import io.streamz.VirtualTimeLoop;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * A pipeline whose only user of the event loop is an asynchronous sink (no time or buffer stage):
 * its builder's {@code loop} says so, and a void source, which has no stage to fail, reports a
 * failed write to the loop, in both builds.
 */
class AsynchronousSinkOnlyTest {
    @Test
    void aFailedWriteBehindAVoidSourceIsReportedToTheLoop() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Writes",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Pipeline",
                "public interface Writes {",
                "    @Source void emit(int x);",
                "    @Map default int twice(int x) { return 2 * x; }",
                "    @Sink CompletionStage<Void> write(int x);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Streamz_Writes")
                .contentsAsUtf8String()
                .contains("Sets the event loop the pipeline and its asynchronous sinks run on");
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Writes");
        assertThat(run(generated, "build"))
                .containsExactly("wrote 2", "wrote 4", "failed 6")
                .inOrder();
        assertThat(run(generated, "buildInterpreted"))
                .containsExactly("wrote 2", "wrote 4", "failed 6")
                .inOrder();
    }

    /** Asynchronous sinks of {@code long} and {@code double} take a {@code LongFunction} and a {@code DoubleFunction}. */
    @Test
    void asynchronousSinksOfLongsAndDoubles() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Wide",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Pipeline",
                "public interface Wide {",
                "    @Source void emit(long x);",
                "    @Sink CompletionStage<Void> longs(long x);",
                "    @Map(from = \"emit\") default double half(long x) { return x / 2.0; }",
                "    @Sink CompletionStage<Void> doubles(double x);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Wide");
        for (String build : List.of("build", "buildInterpreted")) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> log = new ArrayList<>();
            LongFunction<CompletionStage<Void>> longs = x -> {
                log.add("long " + x);
                return CompletableFuture.completedFuture(null);
            };
            DoubleFunction<CompletionStage<Void>> doubles = x -> {
                log.add("double " + x);
                return CompletableFuture.completedFuture(null);
            };
            Object builder = generated.getMethod("builder").invoke(null);
            builder.getClass().getMethod("loop", EventLoop.class).invoke(builder, loop);
            builder.getClass().getMethod("longs", LongFunction.class).invoke(builder, longs);
            builder.getClass().getMethod("doubles", DoubleFunction.class).invoke(builder, doubles);
            Object pipeline = builder.getClass().getMethod(build).invoke(builder);
            generated.getInterfaces()[0].getMethod("emit", long.class).invoke(pipeline, 5L);
            loop.advanceBy(Duration.ofSeconds(1));
            assertThat(log).containsExactly("long 5", "double 2.5").inOrder();
        }
    }

    /** What the sink wrote and which writes failed, as the loop was told, for emits of 1, 2 and 3. */
    private static List<String> run(Class<?> generated, String build) throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> log = new ArrayList<>();
        IntFunction<CompletionStage<Void>> write = x -> {
            CompletableFuture<Void> written = new CompletableFuture<>();
            loop.schedule(Duration.ofMillis(10), () -> {
                if (x == 6) {
                    written.completeExceptionally(new IllegalStateException("disk full at " + x));
                } else {
                    log.add("wrote " + x);
                    written.complete(null);
                }
            });
            return written;
        };
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("loop", EventLoop.class).invoke(builder, loop);
        builder.getClass().getMethod("write", IntFunction.class).invoke(builder, write);
        Object pipeline = builder.getClass().getMethod(build).invoke(builder);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = 1; x <= 3; x++) {
            emit.invoke(pipeline, x);
        }
        loop.advanceBy(Duration.ofSeconds(1));
        for (Throwable failure : loop.failures()) {
            log.add("failed " + failure.getMessage().replaceAll(".*disk full at ", ""));
        }
        return log;
    }
}
