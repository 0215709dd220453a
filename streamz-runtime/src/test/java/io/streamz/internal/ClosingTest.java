package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ScheduledEventLoop;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How a generated pipeline closes ({@link Closing#onLoop}): on its loop, after what was handed over, waiting. */
@Timeout(30)
class ClosingTest {
    @Test
    void onTheLoopsThreadTheCloseRunsInline() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> ran = new ArrayList<>();
        Closing.onLoop(loop, () -> ran.add("closed"));
        assertEquals(List.of("closed"), ran);
        assertEquals(0, loop.pendingTasks(), "nothing left for the loop");
    }

    @Test
    void aVirtualTimeLoopRefusesACloseFromAnotherThreadBeforeDoingAnything() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Throwable> thrown = CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().setName("closer");
            try {
                Closing.onLoop(loop, () -> ran.add("closed"));
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });
        assertEquals(
                "cannot close a pipeline on a VirtualTimeLoop from thread closer: only the thread that created the"
                        + " loop drives it",
                thrown.get().getMessage());
        assertEquals(List.of(), ran);
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void fromAnotherThreadTheCloseRunsOnTheLoopAfterWhatWasHandedOverAndIsWaitedFor() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("closing-test")) {
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch release = new CountDownLatch(1);
            loop.execute(() -> {
                awaitQuietly(release);
                ran.add("handed over first");
            });
            CompletableFuture<Void> closing =
                    CompletableFuture.runAsync(() -> Closing.onLoop(loop, () -> ran.add("closed on " + loop.inLoop())));
            assertEquals(List.of(), ran);
            release.countDown();
            closing.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("handed over first", "closed on true"), ran, "waited for, after the earlier task");

            IllegalStateException broken = new IllegalStateException("close failed");
            CompletableFuture<Throwable> failed = CompletableFuture.supplyAsync(() -> {
                try {
                    Closing.onLoop(loop, () -> {
                        throw broken;
                    });
                    return null;
                } catch (IllegalStateException e) {
                    return e;
                }
            });
            assertSame(broken, failed.get(10, TimeUnit.SECONDS), "a failing close reaches the caller");
        }
    }

    @Test
    void onAClosedLoopTheCloseRunsOnTheCallersThread() {
        ScheduledEventLoop loop = new ScheduledEventLoop("closed-loop-test");
        loop.close();
        List<Boolean> ran = new ArrayList<>();
        Closing.onLoop(loop, () -> ran.add(loop.inLoop()));
        assertEquals(List.of(false), ran, "nothing runs on a closed loop any more");
    }

    @Test
    void aClosedPipelinesSourceNamesPipelineAndSource() {
        assertEquals(
                "emit into Totals.emit: the graph is closed",
                Closing.closed("Totals", "emit").getMessage());
        assertTrue(Closing.closed("Totals", "emit") != Closing.closed("Totals", "emit"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
