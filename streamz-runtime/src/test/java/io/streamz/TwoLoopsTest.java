package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two loops whose sinks change each other's graphs would each block its thread waiting for the
 * other: the second to wait is refused with an exception naming both loops, and both go on.
 */
class TwoLoopsTest {
    @Test
    void loopsWaitingForEachOtherAreDetectedInsteadOfDeadlocking() throws Exception {
        try (ScheduledEventLoop a = new ScheduledEventLoop("loop-a");
                ScheduledEventLoop b = new ScheduledEventLoop("loop-b")) {
            Stream<Integer> onA = new Stream<>("onA", a);
            Stream<Integer> onB = new Stream<>("onB", b);
            CountDownLatch bothIn = new CountDownLatch(2);
            List<String> refused = new CopyOnWriteArrayList<>();
            onA.sink(x -> rewire(bothIn, onB, refused));
            onB.sink(x -> rewire(bothIn, onA, refused));
            CompletableFuture<Void> fromA = onA.emit(1).toCompletableFuture();
            CompletableFuture<Void> fromB = onB.emit(1).toCompletableFuture();
            fromA.get(10, TimeUnit.SECONDS);
            fromB.get(10, TimeUnit.SECONDS);
            assertEquals(1, refused.size(), String.valueOf(refused));
            assertTrue(refused.get(0).contains("a deadlock"), refused.get(0));
            assertTrue(refused.get(0).contains("loop-a") && refused.get(0).contains("loop-b"), refused.get(0));
        }
    }

    private static void rewire(CountDownLatch bothIn, Stream<Integer> other, List<String> refused) {
        bothIn.countDown();
        try {
            bothIn.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            other.connect(new Stream<>()); // runs on the other loop and waits for it
        } catch (IllegalStateException e) {
            refused.add(e.getMessage());
        }
    }
}
