package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Closing a graph lets go of what each holding operator holds (the metadata references of the
 * elements it kept) and stops its timers; a pending emit fails with {@link StreamClosedException}.
 */
class GraphCloseLetsGoTest {
    private record Case(String what, Function<Stream<Integer>, Stream<?>> stage, boolean emitPending) {}

    private static final List<Case> CASES = List.of(
            new Case("delay", s -> s.delay(Duration.ofSeconds(1)), true),
            new Case(
                    "rateLimit",
                    s -> {
                        Stream<?> limited = s.rateLimit(Duration.ofSeconds(1));
                        s.emit(0); // takes the slot now: the next one waits for its slot
                        return limited;
                    },
                    true),
            new Case("timedWindow", s -> s.timedWindow(Duration.ofSeconds(1)), false),
            new Case("timedWindowUnique", s -> s.timedWindowUnique(Duration.ofSeconds(1)), false),
            new Case("partition with a timeout", s -> s.partition(3, Duration.ofSeconds(1)), false),
            new Case("zip", s -> s.zip(new Stream<Integer>()), false),
            new Case(
                    "zipLatest",
                    s -> {
                        Stream<Integer> other = new Stream<>();
                        return other.zipLatest(s);
                    },
                    false),
            new Case("collect", Stream::collect, false),
            new Case(
                    "latest behind a busy write",
                    s -> {
                        Stream<Integer> latest = s.latest();
                        latest.sinkAsync(x -> new CompletableFuture<>());
                        s.emit(0);
                        return latest;
                    },
                    false));

    @Test
    void closingTheGraphReleasesWhatEachHoldingOperatorKeptAndStopsItsTimers() {
        for (Case c : CASES) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            Stream<Integer> source = new Stream<>(loop);
            Stream<?> stage = c.stage().apply(source);
            List<Object> out = new ArrayList<>();
            stage.sink(out::add);
            loop.runDue();
            RefCounter ref = new RefCounter();
            CompletableFuture<Void> emitted =
                    source.emit(1, List.of(Map.of("ref", ref))).toCompletableFuture();
            loop.runDue();
            assertEquals(1, ref.count(), c.what() + " holds the element");
            source.close();
            assertEquals(0, ref.count(), c.what() + " let go of it");
            if (c.emitPending()) {
                CompletionException failed = assertThrowsCompletion(emitted);
                assertInstanceOf(StreamClosedException.class, failed.getCause(), c.what());
            }
            int before = out.size();
            loop.advanceBy(10.0);
            assertEquals(before, out.size(), c.what() + ": nothing comes out of a closed graph");
            assertTrue(loop.pendingTasks() == 0, c.what() + ": no timer left, " + loop.pendingTasks());
        }
    }

    @Test
    void aClosedGraphsOnlySinkIsNoLongerHeldByItsUpstream() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        java.lang.ref.WeakReference<Sink<Integer>> sink = new java.lang.ref.WeakReference<>(source.sink(x -> {}));
        Gc.collectAFewTimes();
        assertTrue(sink.get() != null, "registered: kept alive without a reference");
        source.close();
        assertTrue(Gc.collects(sink), "closed: neither GlobalSinks nor its upstream holds it");
        assertEquals(List.of(), source.downstreams());
    }

    private static CompletionException assertThrowsCompletion(CompletableFuture<Void> future) {
        assertTrue(future.isCompletedExceptionally());
        try {
            future.join();
        } catch (CompletionException e) {
            return e;
        }
        throw new AssertionError("completed normally");
    }
}
