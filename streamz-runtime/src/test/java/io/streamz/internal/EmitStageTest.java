package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ScheduledEventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stage an emit returns: handed over from another thread, and closed to completion from outside. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmitStageTest {
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final ScheduledEventLoop loop = new ScheduledEventLoop("emit-stage", reported::add);

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void aHandedOffEmitRunsOnTheLoopAndItsStageCompletesWithTheOneItReturnsThere() throws Exception {
        List<Boolean> onLoop = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> there = new CompletableFuture<>();
        CompletionStage<Void> stage = EmitStage.handOff(loop, () -> {
            onLoop.add(loop.inLoop());
            return there;
        });
        CompletableFuture<Void> done = stage.toCompletableFuture();
        eventually(() -> onLoop.size() == 1);
        assertEquals(List.of(true), onLoop);
        assertFalse(done.isDone(), "waits for the stage the emit returned on the loop");
        there.complete(null);
        assertNull(done.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aHandedOffEmitFailsWithWhatItsStageFailedWithOrWhatItThrew() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        loop.execute(() -> {
            try {
                release.await(); // the loop waits until both stages are listened to
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        IllegalStateException failed = new IllegalStateException("failed there");
        CompletableFuture<Void> first = EmitStage.handOff(loop, () -> CompletableFuture.failedFuture(failed))
                .toCompletableFuture();
        IllegalArgumentException thrown = new IllegalArgumentException("thrown there");
        CompletableFuture<Void> second = EmitStage.handOff(loop, () -> {
                    throw thrown;
                })
                .toCompletableFuture();
        release.countDown();
        assertSame(failed, cause(first));
        assertSame(thrown, cause(second));
        CompletableFuture<Void> turn = new CompletableFuture<>();
        loop.execute(() -> loop.execute(() -> turn.complete(null)));
        turn.get(10, TimeUnit.SECONDS);
        assertTrue(reported.isEmpty(), "listened to: not reported " + reported);
    }

    @Test
    void onlyThePipelineCompletesAnEmitsStage() {
        EmitStage stage = EmitStage.pending(loop);
        List<Consumer<EmitStage>> outside = List.of(
                s -> s.complete(null),
                s -> s.completeExceptionally(new IllegalStateException()),
                s -> s.cancel(true),
                s -> s.obtrudeValue(null),
                s -> s.obtrudeException(new IllegalStateException()),
                s -> s.completeAsync(() -> null),
                s -> s.completeAsync(() -> null, Runnable::run),
                s -> s.orTimeout(1, TimeUnit.SECONDS),
                s -> s.completeOnTimeout(null, 1, TimeUnit.SECONDS));
        for (Consumer<EmitStage> attempt : outside) {
            UnsupportedOperationException refused =
                    assertThrows(UnsupportedOperationException.class, () -> attempt.accept(stage));
            assertEquals("an emit's stage is completed by the pipeline only", refused.getMessage());
        }
        assertFalse(stage.isDone());
        stage.settle(null);
        assertTrue(stage.isDone() && !stage.isCompletedExceptionally());
    }

    private static Throwable cause(CompletableFuture<Void> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("completed normally");
    }

    private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true after 30 s");
            }
            Thread.sleep(2);
        }
    }
}
