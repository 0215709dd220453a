package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Defect 4 of issue 10: closing a {@link ScheduledEventLoop} leaves nothing hanging. Pending
 * emit futures (delayed elements, elements handed over from other threads, producers waiting
 * for room) complete exceptionally with a {@link LoopClosedException} naming the loop; later
 * emits fail the same way at once; a time operator cannot be attached to a closed loop.
 */
class LoopCloseTest {
    private static Throwable failureOf(CompletableFuture<Void> f) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void pendingDelayedElementsFailNamingTheLoop() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-delay");
        Stream<Integer> source = new Stream<>(loop);
        ListSink<Integer> out = source.delay(Duration.ofHours(1)).sinkToList();
        CompletableFuture<Void> emitted = source.emit(1).toCompletableFuture();
        loop.await(CompletableFuture.runAsync(() -> {}, loop)); // a round trip: the element reached the delay
        loop.close();
        Throwable e = failureOf(emitted);
        assertInstanceOf(LoopClosedException.class, e);
        assertTrue(e.getMessage().contains("ScheduledEventLoop[closing-delay] is closed"), e.getMessage());
        assertEquals(List.of(), out);
    }

    @Test
    void elementsHandedOverButNotStartedFailAndLaterEmitsThrowAtOnce() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-handoff");
        Stream<Integer> source = new Stream<>("source", loop);
        ListSink<Integer> out = source.sinkToList();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        loop.execute(gate::join); // the loop is busy
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(source.emit(i).toCompletableFuture());
        }
        Thread closer = new Thread(loop::close);
        closer.start();
        while (!loop.isClosed()) {
            Thread.onSpinWait();
        }
        gate.complete(null);
        closer.join();
        for (CompletableFuture<Void> f : queued) {
            assertInstanceOf(LoopClosedException.class, failureOf(f));
        }
        assertEquals(List.of(), out);
        LoopClosedException later = assertThrows(LoopClosedException.class, () -> source.emit(9));
        assertEquals("emit into <source; Stream>: ScheduledEventLoop[closing-handoff] is closed", later.getMessage());
        assertFalse(later.getMessage().contains("java.util.concurrent"), "no executor internals");
    }

    @Test
    void aProducerWaitingForRoomInABufferFails() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-buffer");
        Stream<Integer> source = new Stream<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.buffer(1).sinkAsync(x -> write);
        List<CompletableFuture<Void>> emitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            emitted.add(source.emit(i).toCompletableFuture());
        }
        loop.await(emitted.get(1)); // 0 is being written, 1 queued, 2 and 3 wait for room
        loop.close();
        assertInstanceOf(LoopClosedException.class, failureOf(emitted.get(3)));
    }

    @Test
    void aTimeOperatorCannotBeAttachedToAClosedLoopAndTheGraphStaysAsItWas() {
        ScheduledEventLoop loop = new ScheduledEventLoop("closed-attach");
        Stream<Integer> source = new Stream<>(loop);
        loop.close();
        int sinks = GlobalSinks.size();
        for (Runnable attach : List.<Runnable>of(
                () -> source.timedWindow(Duration.ofSeconds(1)),
                () -> source.delay(Duration.ofSeconds(1)),
                () -> source.rateLimit(Duration.ofSeconds(1)),
                () -> source.buffer(3),
                () -> source.latest(),
                () -> source.partition(2, Duration.ofSeconds(1)),
                () -> source.mapAsync(CompletableFuture::completedFuture),
                () -> source.sinkAsync(CompletableFuture::completedFuture))) {
            LoopClosedException e = assertThrows(LoopClosedException.class, attach::run);
            assertTrue(e.getMessage().endsWith("ScheduledEventLoop[closed-attach] is closed"), e.getMessage());
            assertEquals(List.of(), source.downstreams());
        }
        assertEquals(sinks, GlobalSinks.size());
    }

    @Test
    void aProducerBlockedInTheHandOffIsReleasedByClose() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-blocked");
        loop.limitHandOff(1, false);
        Stream<Integer> source = new Stream<>(loop);
        CompletableFuture<Void> gate = new CompletableFuture<>();
        loop.execute(gate::join);
        source.emit(0); // takes the one place
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                source.emit(1); // blocks: the hand-off is full
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        });
        producer.start();
        while (producer.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        Thread closer = new Thread(loop::close);
        closer.start();
        producer.join();
        gate.complete(null);
        closer.join();
        assertInstanceOf(LoopClosedException.class, thrown.get(0));
    }

    @Test
    void closeFromALoopTaskAndClosingTwiceWork() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-itself");
        Stream<Integer> source = new Stream<>(loop);
        source.sink(x -> loop.close());
        source.emitAndWait(1);
        assertTrue(loop.isClosed());
        loop.close();
        assertThrows(RejectedExecutionException.class, () -> loop.execute(() -> {}));
    }
}
