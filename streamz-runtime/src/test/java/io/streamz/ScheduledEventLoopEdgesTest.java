package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.internal.LoopTasks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A {@link ScheduledEventLoop}'s handles, its close, and what a closed loop refuses. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScheduledEventLoopEdgesTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<RejectedExecutionException> abandoned = new CopyOnWriteArrayList<>();

    private LoopTasks.Task task(String name) {
        return LoopTasks.task(() -> ran.add(name), abandoned::add);
    }

    @Test
    void aScheduledTasksHandleCancelsItOnceAndACancelledTaskIsNotAbandonedAtClose() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("handles", failure -> {});
        EventLoop.Cancellable later = loop.schedule(Duration.ofHours(1), task("later"));
        assertTrue(later.cancel(), "still pending");
        assertFalse(later.cancel(), "cancelled already");
        CompletableFuture<Void> done = new CompletableFuture<>();
        EventLoop.Cancellable soon = loop.schedule(Duration.ZERO, () -> done.complete(null));
        done.get(10, TimeUnit.SECONDS);
        assertFalse(soon.cancel(), "it ran");
        loop.close();
        assertEquals(List.of(), abandoned, "a cancelled task settles nothing at close");
        assertEquals(List.of(), ran);
    }

    @Test
    void aTaskThatStartedIsNoLongerCancellableEvenFromItsOwnBody() throws Exception {
        // cancel() says whether it kept the task from running: once the task started (here: it
        // cancels itself while it runs, or another thread cancels it before it returned), false
        try (ScheduledEventLoop loop = new ScheduledEventLoop("started", failure -> {})) {
            AtomicReference<EventLoop.Cancellable> handle = new AtomicReference<>();
            CountDownLatch scheduled = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> fromItsOwnBody = new CompletableFuture<>();
            handle.set(loop.schedule(Duration.ZERO, () -> {
                try {
                    scheduled.await();
                    fromItsOwnBody.complete(handle.get().cancel());
                    running.countDown();
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            scheduled.countDown();
            assertFalse(fromItsOwnBody.get(10, TimeUnit.SECONDS), "it was running");
            running.await();
            assertFalse(handle.get().cancel(), "it is still running");
            release.countDown();
        }
    }

    @Test
    void whenClosedRunsOnceAtCloseUnlessCancelledAndAtOnceOnAClosedLoop() {
        ScheduledEventLoop loop = new ScheduledEventLoop("when-closed", failure -> {});
        List<String> actions = new CopyOnWriteArrayList<>();
        EventLoop.Cancellable cancelled = loop.whenClosed(() -> actions.add("cancelled"));
        loop.whenClosed(() -> actions.add("kept"));
        assertTrue(cancelled.cancel());
        assertFalse(cancelled.cancel());
        loop.close();
        assertEquals(List.of("kept"), actions);
        EventLoop.Cancellable after = loop.whenClosed(() -> actions.add("after"));
        assertEquals(List.of("kept", "after"), actions, "closed already: run at once");
        assertFalse(after.cancel());
    }

    @Test
    void aLoopThatCannotCloseNeverRunsWhatWaitsForItsClose() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> actions = new CopyOnWriteArrayList<>();
        EventLoop.Cancellable handle = loop.whenClosed(() -> actions.add("closed"));
        assertFalse(handle.cancel(), "nothing to cancel");
        assertFalse(loop.isClosed());
        assertEquals(List.of(), actions);
    }

    @Test
    void aClosedLoopRefusesTasksNamingItself() {
        ScheduledEventLoop loop = new ScheduledEventLoop("refusing", failure -> {});
        loop.close();
        LoopClosedException execute = assertThrows(LoopClosedException.class, () -> loop.execute(task("x")));
        assertEquals("run a task: " + loop + " is closed", execute.getMessage());
        assertThrows(LoopClosedException.class, () -> loop.schedule(Duration.ofSeconds(1), task("y")));
        assertEquals(List.of(), ran);
        assertEquals(List.of(), abandoned, "refused, not abandoned: the caller gets the exception");
    }

    @Test
    void aHandedOverTaskStillQueuedIsAbandonedWhenTheLoopCloses() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("hand-over", failure -> {});
        CountDownLatch busy = new CountDownLatch(1);
        loop.execute(() -> {
            busy.countDown();
            try {
                new CountDownLatch(1).await(); // until close interrupts it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        busy.await();
        loop.handOff(task("handed over"));
        assertEquals(1, loop.handedOff());
        loop.close();
        assertEquals(List.of(), ran);
        assertEquals(1, abandoned.size());
        assertInstanceOf(LoopClosedException.class, abandoned.get(0));
        assertEquals(0, loop.handedOff());
    }

    @Test
    void anotherLoopsThreadWaitingForThisLoopGetsTheValue() throws Exception {
        try (ScheduledEventLoop first = new ScheduledEventLoop("first", failure -> {});
                ScheduledEventLoop second = new ScheduledEventLoop("second", failure -> {})) {
            CompletableFuture<String> value = new CompletableFuture<>();
            CompletableFuture<String> seen = new CompletableFuture<>();
            CountDownLatch waiting = new CountDownLatch(1);
            first.execute(() -> {
                waiting.countDown();
                seen.complete(second.await(value));
            });
            waiting.await();
            second.schedule(Duration.ofMillis(50), () -> value.complete("v"));
            assertEquals("v", seen.get(10, TimeUnit.SECONDS));
        }
    }
}
