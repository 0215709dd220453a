package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Closing a graph whose {@code sinkAsync} has work in flight. That work is the user's, and the
 * graph cannot cancel it: the emits waiting for it complete when it does, and hold their metadata
 * references until then, so that a Kafka source never commits the offset of an unfinished write
 * (a loop's close, after which nothing could complete it on the loop, fails them instead: see
 * {@link AsyncSinkLoopCloseTest}). What the sink would have been handed after the close is refused.
 */
class AsyncSinkGraphCloseTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>("source", loop);

    @Test
    void closeLeavesTheWorkInFlightToFinishAndItsReferencesHeldUntilThen() {
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            return write;
        });
        RefCounter ref = new RefCounter();
        CompletableFuture<Void> emitted =
                source.emit(1, List.of(Map.of("ref", ref))).toCompletableFuture();
        loop.runDue();
        source.close();
        loop.runDue();
        assertFalse(emitted.isDone(), "the write is still in flight");
        assertEquals(1, ref.count(), "held until the write finished");
        assertThrows(StreamClosedException.class, () -> source.emit(2));
        write.complete(null);
        loop.runDue();
        assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally());
        assertEquals(0, ref.count());
        assertEquals(List.of(1), written);
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void workThatFinishedBeforeTheCloseIsNotFailedByIt() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        source.sinkAsync(x -> done);
        CompletableFuture<Void> emitted = source.emit(1).toCompletableFuture();
        done.complete(null);
        loop.runDue();
        source.close();
        assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally());
    }

    @Test
    void anElementReachingTheSinkAfterItsGraphWasClosedFromAnEarlierStageIsRefused() {
        // close() from a sink attached before the asynchronous one: the element in flight is not
        // handed to the closed sink's function, whose work nobody would wait for
        List<Integer> written = new ArrayList<>();
        source.sink(x -> source.close());
        source.sinkAsync(x -> {
            written.add(x);
            return new CompletableFuture<>();
        });
        StreamClosedException e = assertThrows(StreamClosedException.class, () -> source.emit(1));
        assertSame(StreamClosedException.class, e.getClass());
        assertEquals(List.of(), written);
        assertEquals(0, loop.pendingTasks());
    }
}
