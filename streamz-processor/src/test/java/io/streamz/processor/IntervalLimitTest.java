package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.EventLoop;
import io.streamz.ScheduledEventLoop;
import io.streamz.VirtualTimeLoop;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The longest interval validation accepts ({@code streamz.interval-too-long}: 4,611,686,018,427
 * ms) runs: delay, rate limit and timed window at that interval take elements without a
 * {@code long} overflow, on virtual time and on a real loop, in both builds.
 */
class IntervalLimitTest {
    private static final long MAX = 4_611_686_018_427L;

    @Test
    void theLimitIsHalfOfLongMaxValueNanoseconds() {
        assertThat(MAX).isEqualTo(Long.MAX_VALUE / 2 / 1_000_000);
        assertThat(Duration.ofMillis(MAX).toNanos()).isAtMost(Long.MAX_VALUE / 2);
    }

    @Test
    void onVirtualTimeTheLongestIntervalsHoldTheirElementsWithoutOverflow() throws Exception {
        for (String build : List.of("build", "buildInterpreted")) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            Sinks sinks = new Sinks();
            Object slow = build(build, loop, sinks);
            loop.advanceBy(Duration.ofDays(365));
            emit(slow, "a");
            emit(slow, "b");
            loop.advanceBy(Duration.ofDays(365));

            assertThat(sinks.delayed).isEmpty();
            assertThat(sinks.limited).containsExactly("a");
            assertThat(sinks.windows).isEmpty();
            assertThat(loop.failures()).isEmpty();

            loop.advanceBy(Duration.ofMillis(MAX));
            assertThat(sinks.delayed).containsExactly("a", "b").inOrder();
            assertThat(sinks.limited).containsExactly("a", "b").inOrder();
            assertThat(sinks.windows).containsExactly(List.of("a", "b"));
            assertThat(loop.failures()).isEmpty();
        }
    }

    @Test
    void onARealLoopTheLongestIntervalsTakeElementsWithoutOverflow() throws Exception {
        for (String build : List.of("build", "buildInterpreted")) {
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            try (ScheduledEventLoop loop = new ScheduledEventLoop("interval-limit", failures::add)) {
                Sinks sinks = new Sinks();
                Object slow = build(build, loop, sinks);
                emit(slow, "a");
                emit(slow, "b");
                CompletableFuture<Void> drained = new CompletableFuture<>();
                loop.execute(() -> drained.complete(null)); // runs after what the emits queued
                drained.get(1, TimeUnit.MINUTES);
                assertThat(sinks.limited).containsExactly("a");
                assertThat(sinks.delayed).isEmpty();
                assertThat(failures).isEmpty();
            }
        }
    }

    /** What the three sinks received; written on the loop, read after it ran. */
    private static final class Sinks {
        final List<String> delayed = Collections.synchronizedList(new ArrayList<>());
        final List<String> limited = Collections.synchronizedList(new ArrayList<>());
        final List<List<String>> windows = Collections.synchronizedList(new ArrayList<>());
    }

    private static void emit(Object pipeline, String line) throws Exception {
        Method emit = pipeline.getClass().getMethod("emit", String.class);
        emit.setAccessible(true);
        emit.invoke(pipeline, line);
    }

    private static Object build(String build, EventLoop loop, Sinks sinks) throws Exception {
        Class<?> type = new InMemoryClassLoader(compile()).loadClass("com.acme.Streamz_Slow");
        Object builder = type.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("delayed", Consumer.class).invoke(builder, (Consumer<String>) sinks.delayed::add);
        b.getMethod("limited", Consumer.class).invoke(builder, (Consumer<String>) sinks.limited::add);
        b.getMethod("windowed", Consumer.class).invoke(builder, (Consumer<List<String>>) sinks.windows::add);
        b.getMethod("loop", EventLoop.class).invoke(builder, loop);
        return b.getMethod(build).invoke(builder);
    }

    private static Compilation compile() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Slow",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline",
                        "public interface Slow {",
                        "    @Source void emit(String line);",
                        "    @Delay(" + MAX + "L) String later(String line);",
                        "    @Sink void delayed(String line);",
                        "    @RateLimit(value = " + MAX + "L, from = \"emit\") String paced(String line);",
                        "    @Sink void limited(String line);",
                        "    @TimedWindow(value = " + MAX + "L, from = \"emit\") List<String> windows(String line);",
                        "    @Sink void windowed(List<String> lines);",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }
}
