package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The hand-off from other threads to a loop is bounded: a producer that never waits for its
 * emit futures cannot queue without limit (before, 300,000 emits returned in half a second with
 * ~290,000 tasks waiting). Past the limit, emit blocks the producer, or fails if asked to.
 */
class HandOffTest {
    @Test
    void pastTheLimitEmitBlocksUntilTheLoopCatchesUp() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("hand-off-block")) {
            loop.limitHandOff(3, false);
            Stream<Integer> source = new Stream<>(loop);
            ListSink<Integer> out = source.sinkToList();
            CompletableFuture<Void> gate = new CompletableFuture<>();
            loop.execute(gate::join);
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    source.emit(i); // fire and forget
                }
            });
            producer.start();
            while (producer.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            assertEquals(3, loop.handedOff(), "three wait, the fourth emit blocks");
            assertTrue(producer.isAlive());
            gate.complete(null);
            producer.join();
            source.emitAndWait(10);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), out);
            assertEquals(0, loop.handedOff());
        }
    }

    @Test
    void pastTheLimitEmitFailsAtOnceWhenAskedTo() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("hand-off-fail")) {
            loop.limitHandOff(2, true);
            Stream<Integer> source = new Stream<>(loop);
            ListSink<Integer> out = source.sinkToList();
            CompletableFuture<Void> gate = new CompletableFuture<>();
            loop.execute(gate::join);
            source.emit(1);
            source.emit(2);
            RejectedExecutionException full = assertThrows(RejectedExecutionException.class, () -> source.emit(3));
            assertTrue(full.getMessage().contains("limitHandOff"), full.getMessage());
            gate.complete(null);
            loop.await(CompletableFuture.runAsync(() -> {}, loop)); // the two handed over have run
            source.emitAndWait(4);
            assertEquals(List.of(1, 2, 4), out, "the refused element was not queued");
        }
    }

    @Test
    void theDefaultLimitBoundsAFireAndForgetProducer() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("hand-off-default")) {
            Stream<Integer> source = new Stream<>(loop);
            int[] seen = new int[1];
            source.sink(x -> seen[0]++);
            CompletableFuture<Void> gate = new CompletableFuture<>();
            loop.execute(gate::join);
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 3 * ScheduledEventLoop.DEFAULT_HAND_OFF_LIMIT; i++) {
                    source.emit(i);
                }
            });
            producer.start();
            while (producer.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            assertEquals(ScheduledEventLoop.DEFAULT_HAND_OFF_LIMIT, loop.handedOff());
            gate.complete(null);
            producer.join();
            source.emitAndWait(-1);
            assertEquals(3 * ScheduledEventLoop.DEFAULT_HAND_OFF_LIMIT + 1, seen[0]);
        }
    }

    @Test
    void emitsOnTheLoopThreadAndAwaitedProducersAreNotCounted() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("hand-off-awaited")) {
            loop.limitHandOff(1, true);
            Stream<Integer> source = new Stream<>(loop);
            ListSink<Integer> out = source.sinkToList();
            source.sink(x -> {
                if (x < 3) {
                    source.emit(x + 10); // on the loop thread: inline, not handed over
                }
            });
            for (int i = 0; i < 5; i++) {
                source.emitAndWait(i); // waits each time: never more than one pending
            }
            assertEquals(List.of(0, 10, 1, 11, 2, 12, 3, 4), out);
            assertFalse(loop.isClosed());
        }
    }
}
