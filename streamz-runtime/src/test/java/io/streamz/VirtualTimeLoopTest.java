package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VirtualTimeLoopTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> ran = new ArrayList<>();

    private Runnable record(String what) {
        return () -> ran.add(what + "@" + loop.now().toMillis());
    }

    @Test
    void clockMovesOnlyWhenAdvancedAndTasksRunInDueThenSubmissionOrder() {
        loop.schedule(Duration.ofMillis(30), record("c"));
        loop.schedule(Duration.ofMillis(10), record("a"));
        loop.schedule(Duration.ofMillis(10), record("b"));
        loop.execute(record("now"));
        assertEquals(Duration.ZERO, loop.now());
        assertEquals(List.of(), ran, "nothing runs until the test drives the loop");
        loop.advanceBy(Duration.ofMillis(20));
        assertEquals(List.of("now@0", "a@10", "b@10"), ran);
        assertEquals(Duration.ofMillis(20), loop.now());
        loop.advanceTo(Duration.ofMillis(30));
        assertEquals(List.of("now@0", "a@10", "b@10", "c@30"), ran);
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void tasksScheduledByTasksRunInTheSameAdvanceWhenDue() {
        loop.schedule(Duration.ofMillis(5), () -> {
            record("outer").run();
            loop.schedule(Duration.ofMillis(5), record("inner"));
            loop.execute(record("soon"));
        });
        loop.advanceBy(0.010);
        assertEquals(List.of("outer@5", "soon@5", "inner@10"), ran);
    }

    @Test
    void cancelledTaskNeverRuns() {
        EventLoop.Cancellable cancellable = loop.schedule(Duration.ofSeconds(1), record("x"));
        assertTrue(cancellable.cancel());
        assertFalse(cancellable.cancel(), "a second cancel finds nothing pending");
        loop.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of(), ran);
    }

    @Test
    void failingTaskIsReportedAndLaterTasksStillRun() {
        IllegalStateException boom = new IllegalStateException("boom");
        loop.execute(() -> {
            throw boom;
        });
        loop.execute(record("after"));
        loop.runDue();
        assertEquals(List.of("after@0"), ran);
        assertEquals(List.of(boom), loop.failures());
    }

    @Test
    void awaitRunsTimersUntilTheStageCompletes() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        loop.schedule(Duration.ofSeconds(3), () -> answer.complete("done"));
        loop.schedule(Duration.ofSeconds(9), record("later"));
        assertEquals("done", loop.await(answer));
        assertEquals(Duration.ofSeconds(3), loop.now(), "stops at the task that completed it");
        assertEquals(1, loop.pendingTasks());
    }

    @Test
    void awaitRethrowsTheFailureUnwrapped() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        loop.schedule(Duration.ofSeconds(1), () -> answer.completeExceptionally(bad));
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> loop.await(answer)));
    }

    @Test
    void awaitWithNothingScheduledFailsInsteadOfHanging() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> loop.await(new CompletableFuture<Void>()));
        assertTrue(e.getMessage().contains("nothing is scheduled"), e.getMessage());
    }

    @Test
    void onlyTheCreatingThreadDrivesTheLoopButAnyThreadMaySubmit() throws Exception {
        AtomicBoolean inLoopElsewhere = new AtomicBoolean(true);
        List<Throwable> refused = new ArrayList<>();
        Thread other = new Thread(() -> {
            inLoopElsewhere.set(loop.inLoop());
            loop.execute(record("fromOther"));
            try {
                loop.advanceBy(Duration.ofSeconds(1));
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        });
        other.start();
        other.join();
        assertTrue(loop.inLoop());
        assertFalse(inLoopElsewhere.get());
        assertEquals(1, refused.size());
        assertEquals(Duration.ZERO, loop.now());
        loop.runDue();
        assertEquals(List.of("fromOther@0"), ran);
    }

    @Test
    void aTaskCannotDriveTheLoopAndTimeNeverGoesBack() {
        loop.execute(() -> loop.advanceBy(Duration.ofSeconds(1)));
        loop.runDue();
        assertEquals(1, loop.failures().size());
        assertTrue(loop.failures().get(0) instanceof IllegalStateException);
        loop.advanceTo(Duration.ofSeconds(5));
        assertThrows(IllegalArgumentException.class, () -> loop.advanceTo(Duration.ofSeconds(4)));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(Duration.ofSeconds(-1), record("x")));
        assertThrows(IllegalArgumentException.class, () -> loop.advanceBy(-0.5));
    }
}
