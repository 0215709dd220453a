package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Fused {@code rateLimit}, {@code timedWindow} and {@code slice} helpers against what the operators promise. */
class TimeHelpersTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    @Test
    void closingARateLimiterCancelsItsScheduledElements() {
        List<String> out = new ArrayList<>();
        RateLimiter<String> limiter = new RateLimiter<>(loop, Duration.ofSeconds(1), x -> {
            out.add(x);
            return null;
        });
        assertNull(limiter.offer("a"));
        CompletableFuture<Void> b = limiter.offer("b");
        assertEquals(1, limiter.waiting());
        IllegalStateException why = new IllegalStateException("closed");
        limiter.close(why);
        ExecutionException failed = assertThrows(ExecutionException.class, b::get);
        assertSame(why, failed.getCause());
        assertEquals(0, loop.pendingTasks(), "b's timer is cancelled");
        loop.advanceBy(5.0);
        assertEquals(List.of("a"), out, "b never goes on after the close");
        assertSame(why, assertThrows(IllegalStateException.class, () -> limiter.offer("c")));
    }

    @Test
    void aWindowsFailedWorkIsReportedAndTheWindowsGoOn() {
        List<List<String>> windows = new ArrayList<>();
        IllegalStateException failed = new IllegalStateException("write failed");
        TimedWindowCollector<String> collector = new TimedWindowCollector<>(loop, Duration.ofSeconds(1), w -> {
            windows.add(w);
            return windows.size() == 1
                    ? CompletableFuture.failedFuture(new java.util.concurrent.CompletionException(failed))
                    : null;
        });
        collector.start();
        collector.add("a");
        loop.advanceBy(1.0);
        collector.add("b");
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of("a"), List.of("b")), windows);
        assertEquals(List.of(failed), loop.failures(), "unwrapped, to the loop");
    }

    @Test
    void slicePositionsAdmitWhatTheInterpretedSliceLetsThrough() {
        for (long[] slice : new long[][] {{2, 7, 2}, {0, 3, 1}, {1, SlicePositions.NO_END, 3}, {4, 4, 1}}) {
            SlicePositions positions = new SlicePositions(slice[0], slice[1], slice[2]);
            Stream<Integer> source = new Stream<>();
            Integer end = slice[1] == SlicePositions.NO_END ? null : (int) slice[1];
            List<Integer> interpreted =
                    source.slice((int) slice[0], end, (int) slice[2]).sinkToList();
            List<Integer> fused = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                source.emit(i);
                if (positions.admits()) {
                    fused.add(i);
                }
                assertEquals(
                        SlicePositions.admitsAt(i, slice[0], slice[1], slice[2]),
                        fused.contains(i),
                        java.util.Arrays.toString(slice) + " at " + i);
            }
            assertEquals(interpreted, fused, java.util.Arrays.toString(slice));
            if (slice[0] == 2) {
                assertEquals(List.of(2, 4, 6), fused);
            }
            assertTrue(slice[1] == SlicePositions.NO_END || positions.exhausted());
        }
    }
}
