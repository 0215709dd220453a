package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.EventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * One pipeline with time stages run twice on identical virtual time: once fused, once
 * interpreted, each on a fresh {@link VirtualTimeLoop} given to its builder. A step draws an
 * input and either calls a source at the current virtual time, or awaits the stage a source
 * returned, or moves the clock. Everything is logged with the virtual millisecond it happened at:
 * sink calls, exceptions thrown to the caller, awaited emits resolving, and at the end the
 * failures reported to the loop; every failure with the stage it names. The two logs must be equal.
 *
 * @param <P> the {@code @Pipeline} interface
 */
final class VirtualTimeRun<P> {
    /** What one random step does to a pipeline; it logs through {@link Log}. */
    @FunctionalInterface
    interface Driver<P> {
        void step(P pipeline, Random random, Log log);
    }

    /** A log of one run, stamping every entry with the loop's virtual time. */
    static final class Log {
        private final VirtualTimeLoop loop;
        private final List<String> entries = new ArrayList<>();
        private int outputs;

        Log(VirtualTimeLoop loop) {
            this.loop = loop;
        }

        /** A sink call. */
        void out(String sink, Object value) {
            outputs++;
            entries.add(sink + "=" + value + "@" + loop.now().toMillis());
        }

        /**
         * An asynchronous sink call, logged now: returns a stage the loop completes {@code millis}
         * later (logged then too), failed with {@code failure} unless it is {@code null}.
         */
        CompletionStage<Void> write(String sink, Object value, long millis, RuntimeException failure) {
            return reply(sink, value, null, millis, failure);
        }

        /**
         * An asynchronous call of {@code call} on {@code input}, logged now: returns a stage the
         * loop completes {@code millis} later with {@code result} (logged then too), failed with
         * {@code failure} unless it is {@code null}.
         */
        <V> CompletionStage<V> reply(String call, Object input, V result, long millis, RuntimeException failure) {
            out(call, input);
            CompletableFuture<V> done = new CompletableFuture<>();
            loop.schedule(Duration.ofMillis(millis), () -> {
                entries.add(call + (failure == null ? " wrote " : " failed ") + input + "@"
                        + loop.now().toMillis());
                if (failure == null) {
                    done.complete(result);
                } else {
                    done.completeExceptionally(failure);
                }
            });
            return done;
        }

        /** Calls a source, logging what it throws to the caller and the stage that failed. */
        void call(Runnable emit) {
            try {
                emit.run();
            } catch (RuntimeException e) {
                entries.add("threw " + e.getClass().getSimpleName() + ": " + e.getMessage() + "@"
                        + loop.now().toMillis() + stageOf(e));
            }
        }

        /** Calls a source returning its back-pressure stage and waits for it on virtual time. */
        void await(java.util.function.Supplier<CompletionStage<Void>> emit) {
            call(() -> {
                loop.await(emit.get());
                entries.add("resolved@" + loop.now().toMillis());
            });
        }

        /** Moves virtual time on by up to {@code maxMillis}. */
        void advance(Random random, int maxMillis) {
            loop.advanceBy(Duration.ofMillis(random.nextInt(maxMillis + 1)));
        }
    }

    private final BiFunction<Log, EventLoop, P> fused;
    private final BiFunction<Log, EventLoop, P> interpreted;
    private final Driver<P> driver;

    VirtualTimeRun(BiFunction<Log, EventLoop, P> fused, BiFunction<Log, EventLoop, P> interpreted, Driver<P> driver) {
        this.fused = fused;
        this.interpreted = interpreted;
        this.driver = driver;
    }

    /** Runs {@code steps} random steps with {@code seed} both ways and compares; returns the log. */
    List<String> check(long seed, int steps) {
        Log expected = run(interpreted, seed, steps);
        Log actual = run(fused, seed, steps);
        assertTrue(expected.outputs > 0, "seed " + seed + ": no sink was called");
        for (int i = 0; i < Math.min(expected.entries.size(), actual.entries.size()); i++) {
            assertEquals(
                    expected.entries.get(i),
                    actual.entries.get(i),
                    "seed " + seed + ", entry " + i + " (interpreted first, then fused)");
        }
        assertEquals(expected.entries.size(), actual.entries.size(), "seed " + seed + ": log lengths");
        return expected.entries;
    }

    /** {@code " in <stage>"} for the stage a failure names, or nothing. */
    private static String stageOf(Throwable failure) {
        String stage = StageFailure.stageOf(failure);
        return stage == null ? "" : " in <" + stage + ">";
    }

    private Log run(BiFunction<Log, EventLoop, P> build, long seed, int steps) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Log log = new Log(loop);
        P pipeline = build.apply(log, loop);
        Random random = new Random(seed);
        for (int i = 0; i < steps; i++) {
            driver.step(pipeline, random, log);
        }
        loop.advanceBy(Duration.ofSeconds(30));
        for (Throwable failure : loop.failures()) {
            log.entries.add(
                    "reported " + failure.getClass().getSimpleName() + ": " + failure.getMessage() + stageOf(failure));
        }
        return log;
    }
}
