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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A producer waiting for room in a {@code buffer} or for a free {@code mapAsync} slot waits for
 * something only the loop's tasks bring: when its {@link ScheduledEventLoop} closes first, its
 * emit future fails with a {@link LoopClosedException} instead of hanging; a wait that ended
 * before the close is not failed by it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WaitingForRoomLoopCloseTest {
    private final CompletableFuture<Void> never = new CompletableFuture<>();

    private static final List<String> KINDS = List.of("buffer", "mapAsync");

    private Stream<Integer> stage(String kind, Stream<Integer> source) {
        return kind.equals("buffer")
                ? source.buffer(1)
                : source.mapAsync((Function<Integer, CompletableFuture<Integer>>) x -> never.thenApply(v -> x), 1);
    }

    @Test
    void aProducerWaitingForRoomFailsWhenTheLoopCloses() throws Exception {
        for (String kind : KINDS) {
            ScheduledEventLoop loop = new ScheduledEventLoop("room-" + kind, failure -> {});
            Stream<Integer> source = new Stream<>(loop);
            List<Integer> out = new CopyOnWriteArrayList<>();
            stage(kind, source).sinkAsync(x -> {
                out.add(x);
                return never;
            });
            // buffer(1): 1 goes to the never-ending sink, 2 is queued, 3 waits for room;
            // mapAsync(.., 1): 1's call never ends, 2 and 3 wait for the slot
            CompletableFuture<Void> first = source.emit(1).toCompletableFuture();
            source.emit(2);
            CompletableFuture<Void> third = source.emit(3).toCompletableFuture();
            afterTheLoopsTasks(loop);
            if (kind.equals("buffer")) {
                // the buffer hands 1 on in a task of its own, which may be queued behind the barrier
                for (int i = 0; i < 100 && out.isEmpty(); i++) {
                    afterTheLoopsTasks(loop);
                }
            }
            assertFalse(third.isDone(), kind + ": the third element waits");
            loop.close();
            ExecutionException failure =
                    assertThrows(ExecutionException.class, () -> third.get(30, TimeUnit.SECONDS), kind);
            assertInstanceOf(LoopClosedException.class, failure.getCause(), kind);
            // the message depends on which notices the close first: the buffer's or mapAsync's own watch
            // ("the element was still waiting") or, for the buffer, the never-ending sink's stage failing
            assertTrue(
                    failure.getCause().getMessage().endsWith(": " + loop + " is closed"),
                    failure.getCause().getMessage());
            assertEquals(kind.equals("buffer") ? List.of(1) : List.of(), out, kind);
            assertTrue(first.isDone() && !first.isCompletedExceptionally(), kind + ": 1 was accepted before");
        }
    }

    @Test
    void aWaitThatEndedBeforeTheCloseIsNotFailedByIt() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("room-released", failure -> {});
        Stream<Integer> source = new Stream<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> out = new CopyOnWriteArrayList<>();
        source.buffer(1).sinkAsync(x -> {
            out.add(x);
            return x == 1 ? write : CompletableFuture.completedFuture(null);
        });
        source.emit(1);
        source.emit(2);
        CompletableFuture<Void> third = source.emit(3).toCompletableFuture();
        afterTheLoopsTasks(loop);
        assertFalse(third.isDone());
        write.complete(null); // room: 2 goes on, 3 enters the buffer
        assertEquals(null, third.get(30, TimeUnit.SECONDS));
        afterTheLoopsTasks(loop);
        loop.close();
        assertTrue(third.isDone() && !third.isCompletedExceptionally());
        assertEquals(List.of(1, 2, 3), out);
    }

    /** Waits until the loop has run every task handed to it before this call. */
    private static void afterTheLoopsTasks(ScheduledEventLoop loop) throws Exception {
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        loop.execute(() -> barrier.complete(null));
        barrier.get(30, TimeUnit.SECONDS);
    }
}
