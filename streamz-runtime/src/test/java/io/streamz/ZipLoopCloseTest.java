package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the stress suite (close racing producers into {@code zipWithMaxsize}): an input over
 * its {@code maxsize} waits for the next tuple; when the {@link ScheduledEventLoop} closed first,
 * no tuple came and the emit future hung for ever. It now fails with a
 * {@link LoopClosedException}, as a producer waiting for room in a buffer does.
 */
class ZipLoopCloseTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anInputWaitingOverItsMaxsizeFailsWhenTheLoopCloses() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("zip-close", failure -> {});
        Stream<Integer> left = new Stream<>(loop);
        Stream<Integer> right = new Stream<>(loop);
        List<Object> tuples = new CopyOnWriteArrayList<>();
        left.zipWithMaxsize(1, right).sink(tuples::add);
        CompletableFuture<Void> first = left.emit(1).toCompletableFuture();
        CompletableFuture<Void> second = left.emit(2).toCompletableFuture(); // over maxsize 1: waits
        afterTheLoopsTasks(loop);
        assertEquals(null, first.get(30, TimeUnit.SECONDS));
        assertFalse(second.isDone(), "the second element waits for the next tuple");
        loop.close();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS));
        assertInstanceOf(LoopClosedException.class, failure.getCause());
        assertTrue(
                failure.getCause().getMessage().contains("an input over its maxsize was waiting for the next tuple"),
                failure.getCause().getMessage());
        assertEquals(List.of(), tuples);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWaitTheNextTupleEndedIsNotFailedByTheClose() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("zip-released", failure -> {});
        Stream<Integer> left = new Stream<>(loop);
        Stream<Integer> right = new Stream<>(loop);
        List<Object> tuples = new CopyOnWriteArrayList<>();
        left.zipWithMaxsize(1, right).sink(tuples::add);
        left.emit(1);
        CompletableFuture<Void> second = left.emit(2).toCompletableFuture();
        right.emit(10);
        assertEquals(null, second.get(30, TimeUnit.SECONDS));
        afterTheLoopsTasks(loop);
        loop.close();
        assertTrue(second.isDone() && !second.isCompletedExceptionally());
        assertEquals(List.of(List.of(1, 10)), tuples);
    }

    /** Waits until the loop has run every task handed to it before this call. */
    private static void afterTheLoopsTasks(ScheduledEventLoop loop) throws Exception {
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        loop.execute(() -> barrier.complete(null));
        barrier.get(30, TimeUnit.SECONDS);
    }
}
