package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.streamz.EventLoop;
import io.streamz.LoopClosedException;
import io.streamz.ScheduledEventLoop;
import io.streamz.UncaughtFailures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Tasks a closed loop refuses are abandoned at once, on the submitting thread. */
class LoopTasksTest {
    private final List<String> ran = new ArrayList<>();
    private final List<RejectedExecutionException> abandoned = new ArrayList<>();

    private ScheduledEventLoop closedLoop() {
        ScheduledEventLoop loop = new ScheduledEventLoop("closed", failure -> {});
        loop.close();
        return loop;
    }

    @Test
    void aTaskScheduledOnAClosedLoopIsAbandonedAtOnceAndItsHandleCancelsNothing() {
        ScheduledEventLoop loop = closedLoop();
        EventLoop.Cancellable handle =
                LoopTasks.schedule(loop, Duration.ofSeconds(1), LoopTasks.task(() -> ran.add("ran"), abandoned::add));
        assertEquals(1, abandoned.size());
        assertInstanceOf(LoopClosedException.class, abandoned.get(0));
        assertFalse(handle.cancel());
        assertEquals(List.of(), ran);
        LoopTasks.execute(loop, LoopTasks.task(() -> ran.add("ran"), abandoned::add));
        assertEquals(2, abandoned.size());
    }

    @Test
    void whatAnAbandonedTaskThrowsGoesToTheDefaultHandler() {
        Consumer<? super Throwable> before = UncaughtFailures.defaultHandler();
        List<Throwable> uncaught = new ArrayList<>();
        IllegalStateException broken = new IllegalStateException("abandon failed");
        try {
            UncaughtFailures.setDefaultHandler(uncaught::add);
            LoopTasks.schedule(closedLoop(), Duration.ZERO, LoopTasks.task(() -> {}, closed -> {
                throw broken;
            }));
            LoopTasks.abandonQuietly(
                    LoopTasks.task(() -> {}, closed -> {
                        throw broken;
                    }),
                    new RejectedExecutionException("refused"));
        } finally {
            UncaughtFailures.setDefaultHandler(before);
        }
        assertEquals(2, uncaught.size());
        assertSame(broken, uncaught.get(0));
        assertSame(broken, uncaught.get(1));
    }
}
