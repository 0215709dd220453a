package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Keep;
import io.streamz.ListSink;
import io.streamz.Source;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The fused {@code timed_window_unique}, against the interpreted node, on virtual time. */
class DistinctTimedWindowTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<List<String>> windows = new ArrayList<>();

    private DistinctTimedWindow<String> window(boolean keepLast) {
        return new DistinctTimedWindow<>(loop, Duration.ofSeconds(1), keepLast, w -> {
            windows.add(w);
            return null;
        });
    }

    @Test
    void eachWindowKeepsTheFirstOrLatestOfEachKeyAsTheInterpretedNode() {
        List<String> words = List.of("f", "fo", "f", "foo", "f", "foo", "foo", "fo");
        List<List<String>> expected = List.of(List.of("f", "fo", "foo"), List.of("f", "foo", "fo"));
        for (Keep keep : List.of(Keep.FIRST, Keep.LAST)) {
            windows.clear();
            DistinctTimedWindow<String> fused = window(keep == Keep.LAST);
            fused.start();
            Source<String> source = new Source<>(loop);
            ListSink<List<String>> interpreted =
                    source.timedWindowUnique(1.0, String::length, keep).sinkToList();
            for (String w : words) {
                assertNull(fused.add(w.length(), w));
                source.emit(w);
            }
            loop.advanceBy(1.0);
            assertEquals(interpreted.snapshot(), windows, keep.toString());
            assertEquals(List.of(expected.get(keep == Keep.LAST ? 1 : 0)), windows, keep.toString());
            fused.stop();
        }
    }

    @Test
    void anElementWithoutAKeyIsItsOwnKey() {
        DistinctTimedWindow<String> fused = window(false);
        fused.start();
        for (String x : List.of("b", "a", "b", "c", "a")) {
            fused.add(x);
        }
        loop.advanceBy(1.0);
        fused.add("a");
        loop.advanceBy(1.0);
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of("b", "a", "c"), List.of("a"), List.of()), windows);
    }

    @Test
    void ticksOnlyWhileStartedAndKeepsWhatItHoldsAcrossAStop() {
        DistinctTimedWindow<String> fused = window(true);
        fused.add("x");
        loop.advanceBy(5.0);
        assertEquals(List.of(), windows, "not started: no window closes");
        fused.start();
        fused.start();
        loop.advanceBy(0.5);
        fused.add("y");
        fused.stop();
        loop.advanceBy(5.0);
        assertEquals(List.of(), windows, "stopped before its first tick");
        fused.start();
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of("x", "y")), windows, "what it held before the stop");
        assertEquals(1, loop.pendingTasks(), "the next tick only");
    }

    @Test
    void closedItDiscardsItsWindowAndEveryLaterAddThrows() {
        DistinctTimedWindow<String> fused = window(false);
        fused.start();
        fused.add("lost");
        IllegalStateException why = new IllegalStateException("closed");
        fused.close(why);
        loop.advanceBy(3.0);
        assertEquals(List.of(), windows);
        assertSame(why, assertThrows(IllegalStateException.class, () -> fused.add("late")));
        assertSame(why, assertThrows(IllegalStateException.class, () -> fused.add("k", "late")));
        assertEquals(0, loop.pendingTasks(), "its timer is cancelled");
    }

    @Test
    void anAddReturnsThePreviousWindowsPendingWorkUntilItIsDone() {
        CompletableFuture<Void> write = new CompletableFuture<>();
        DistinctTimedWindow<String> fused = new DistinctTimedWindow<>(loop, Duration.ofSeconds(1), false, w -> {
            windows.add(w);
            return write;
        });
        fused.start();
        assertNull(fused.add("a"), "no window went out yet");
        loop.advanceBy(1.0);
        CompletableFuture<Void> pending = fused.add("b");
        assertEquals(List.of(List.of("a")), windows);
        assertFalse(pending.isDone(), "the first window's write is pending");
        write.complete(null);
        assertTrue(pending.isDone());
        assertNull(fused.add("c"), "done: nothing pending");
    }
}
