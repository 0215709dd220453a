package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the stress suite (close racing producers into a {@code sinkAsync} whose stages the loop
 * completes): a sink's stage still pending when its loop closed left the emit future hanging for
 * ever. It now fails with a {@link LoopClosedException}, as a producer waiting on a buffer does.
 */
class AsyncSinkLoopCloseTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStageTheLoopWouldHaveCompletedFailsTheEmitWhenTheLoopCloses() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("async-sink-close", failure -> {});
        Stream<Integer> source = new Stream<>(loop);
        CountDownLatch called = new CountDownLatch(1);
        source.sinkAsync(x -> {
            CompletableFuture<Void> written = new CompletableFuture<>();
            loop.schedule(Duration.ofHours(1), () -> written.complete(null)); // never runs: the loop closes first
            called.countDown();
            return written;
        });
        CompletableFuture<Void> emitted = source.emit(1).toCompletableFuture();
        assertTrue(called.await(30, TimeUnit.SECONDS));
        loop.close();
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class, () -> emitted.get(30, TimeUnit.SECONDS));
        assertInstanceOf(LoopClosedException.class, failure.getCause());
        assertTrue(
                failure.getCause().getMessage().contains("its asynchronous work was still pending"),
                failure.getCause().getMessage());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStageThatCompletesBeforeTheCloseIsNotFailedByIt() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("async-sink-done", failure -> {});
        Stream<Integer> source = new Stream<>(loop);
        CompletableFuture<Void> written = new CompletableFuture<>();
        source.sinkAsync(x -> written);
        CompletableFuture<Void> emitted = source.emit(1).toCompletableFuture();
        written.complete(null);
        assertEquals(null, emitted.get(30, TimeUnit.SECONDS));
        loop.close();
        assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally());
    }
}
