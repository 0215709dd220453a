package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The helpers used the way generated code uses them: no {@code Stream} at all, plain methods
 * as {@link Downstream}s, one {@link VirtualTimeLoop}.
 */
class GeneratedStyleUsageTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> out = new ArrayList<>();

    private CompletableFuture<Void> record(Object x) {
        out.add(x + "@" + loop.now().toMillis());
        return null;
    }

    /** What a generated {@code rateLimit(1) -> map(upper) -> buffer(2) -> sink} could look like. */
    private final class HandWrittenPipeline {
        final List<CompletableFuture<Void>> writes = new ArrayList<>();
        final BoundedBuffer<String> buffer = new BoundedBuffer<>(loop, 2, this::sink);
        final RateLimiter<String> limiter = new RateLimiter<>(loop, Duration.ofSeconds(1), this::fused);

        CompletableFuture<Void> emit(String line) {
            return limiter.offer(line);
        }

        private CompletableFuture<Void> fused(String line) {
            return buffer.offer(line.toUpperCase());
        }

        private CompletableFuture<Void> sink(String x) {
            record(x);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            loop.schedule(Duration.ofSeconds(3), () -> write.complete(null));
            return write;
        }
    }

    @Test
    void helpersComposeWithoutStreams() {
        HandWrittenPipeline pipeline = new HandWrittenPipeline();
        List<Long> resolvedAt = new ArrayList<>();
        for (String line : List.of("a", "b", "c", "d", "e")) {
            CompletableFuture<Void> pending = pipeline.emit(line); // null: nothing pending
            if (pending != null) {
                loop.await(pending);
            }
            resolvedAt.add(loop.now().toMillis());
        }
        loop.advanceBy(Duration.ofSeconds(20));
        assertEquals(List.of("A@0", "B@3000", "C@6000", "D@9000", "E@12000"), out);
        // a, b (rate 1 s), c at 2 fills buffer(2) + 1 writing; d at 3 enters as A finishes; e at 6
        assertEquals(List.of(0L, 1000L, 2000L, 3000L, 6000L), resolvedAt);
    }

    @Test
    void completionsCombineAndAdapt() {
        CompletableFuture<Void> pending = new CompletableFuture<>();
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        assertNull(Completions.and(null, null));
        assertNull(Completions.and(null, done), "a future completed normally is nothing pending");
        assertSame(pending, Completions.and(null, pending));
        assertSame(pending, Completions.and(done, pending));
        assertSame(pending, Completions.and(pending, done));
        CompletableFuture<Void> both = Completions.and(pending, new CompletableFuture<>());
        assertFalse(both.isDone());
        assertNull(Completions.of(done));
        CompletableFuture<Void> adapted = Completions.of(pending.minimalCompletionStage());
        assertFalse(adapted.isDone());
        IllegalStateException boom = new IllegalStateException("boom");
        pending.completeExceptionally(boom);
        assertSame(
                boom,
                assertThrows(IllegalStateException.class, () -> Completions.join(adapted)),
                "the failure arrives unwrapped");
        CompletableFuture<Void> relayed = new CompletableFuture<>();
        Completions.relay(
                () -> {
                    throw boom;
                },
                relayed);
        assertTrue(relayed.isCompletedExceptionally());
    }

    @Test
    void delayLineAndLatestValueStandAlone() {
        DelayLine<String> delay = new DelayLine<>(loop, Duration.ofMillis(250), this::record);
        LatestValue<String> latest = new LatestValue<>(loop, this::record);
        delay.offer("d1");
        assertNull(latest.offer("l1"));
        assertNull(latest.offer("l2"));
        assertTrue(latest.hasPending());
        loop.advanceBy(Duration.ofMillis(250));
        assertEquals(List.of("l2@0", "d1@250"), out, "a synchronous downstream is never busy: only the newest");
    }

    @Test
    void timedWindowCollectorStartsAndStops() {
        TimedWindowCollector<String> windows = new TimedWindowCollector<>(loop, Duration.ofSeconds(1), this::record);
        windows.add("early");
        loop.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of(), out, "nothing ticks before start()");
        windows.start();
        windows.start(); // idempotent
        loop.advanceBy(Duration.ofSeconds(2));
        windows.stop();
        windows.add("late");
        loop.advanceBy(Duration.ofSeconds(5));
        assertEquals(List.of("[early]@3000", "[]@4000"), out);
        assertEquals(1, windows.size());
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void orderedAsyncMapCountsCallsAndWaiters() {
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        OrderedAsyncMap<Integer, Integer> mapper = new OrderedAsyncMap<>(
                loop,
                x -> {
                    CompletableFuture<Integer> call = new CompletableFuture<>();
                    calls.add(call);
                    return call;
                },
                2,
                this::record);
        mapper.offer(1);
        mapper.offer(2);
        mapper.offer(3);
        assertEquals(2, mapper.inFlight());
        assertEquals(1, mapper.waiting());
        calls.get(1).complete(20);
        calls.get(0).complete(10);
        loop.runDue();
        assertEquals(List.of("10@0", "20@0"), out);
        assertEquals(1, mapper.inFlight());
        assertEquals(0, mapper.waiting());
    }

    @Test
    void constructorsCheckTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBuffer<String>(loop, 0, this::record));
        assertThrows(
                IllegalArgumentException.class, () -> new DelayLine<String>(loop, Duration.ofMillis(-1), this::record));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RateLimiter<String>(loop, Duration.ofMillis(-1), this::record));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TimedWindowCollector<String>(loop, Duration.ZERO, this::record));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrderedAsyncMap<String, String>(loop, CompletableFuture::completedFuture, 0, this::record));
        assertThrows(NullPointerException.class, () -> new LatestValue<String>(null, this::record));
    }

    @Test
    void stageAndReportFailureServeGeneratedSources() {
        assertTrue(Completions.stage(null).toCompletableFuture().isDone());
        CompletableFuture<Void> pending = new CompletableFuture<>();
        CompletableFuture<Void> stage = Completions.stage(pending).toCompletableFuture();
        assertFalse(stage.isDone());
        pending.complete(null);
        assertTrue(stage.isDone());

        Completions.reportFailure(null, loop);
        CompletableFuture<Void> fine = new CompletableFuture<>();
        CompletableFuture<Void> failing = new CompletableFuture<>();
        Completions.reportFailure(fine, loop);
        Completions.reportFailure(failing, loop);
        fine.complete(null);
        IllegalStateException boom = new IllegalStateException("boom");
        failing.completeExceptionally(new java.util.concurrent.CompletionException(boom));
        assertEquals(List.of(boom), loop.failures(), "unwrapped, and only the failure");
    }
}
