package io.streamz.internal;

import io.streamz.EventLoop;
import io.streamz.UncaughtFailures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The stage an emit returns while work on the element is pending: it completes as that work
 * does, and its failure, if nobody listens to the stage, also goes to the loop's
 * {@link EventLoop#reportFailure} (to {@link UncaughtFailures} without a loop), so that a
 * producer that never looks at its emit futures still has its failures reported. "Listening"
 * means any continuation attached ({@code thenX}, {@code whenComplete}, {@code handle}, ...) or
 * a {@link #toCompletableFuture()} taken, before the loop's next task after the failure (without
 * a loop: before the failure); one attached later sees the failure too (then it is reported
 * twice, never lost). Like {@link CompletableFuture#minimalCompletionStage},
 * it cannot be completed from outside. Called by generated code, not API.
 */
public final class EmitStage extends CompletableFuture<Void> {
    private static final CompletionStage<Void> DONE = CompletableFuture.completedStage(null);

    /** Where an unheard failure goes, or {@code null} for {@link UncaughtFailures}. */
    private final EventLoop loop;

    /** Set by every continuation attached, through {@link #newIncompleteFuture()}. */
    private volatile boolean heard;

    /** Whether an unheard failure is reported at all: not when the caller reports failures itself. */
    private final boolean reports;

    private EmitStage(EventLoop loop, boolean reports) {
        this.loop = loop;
        this.reports = reports;
    }

    /** A pending stage that {@link #settle} completes; failures unheard then go to {@code loop} ({@code null}: no loop). */
    public static EmitStage pending(EventLoop loop) {
        return new EmitStage(loop, true);
    }

    /** A pending stage for a caller that reports every failure itself: {@link #settle} only completes it. */
    public static EmitStage unreported() {
        return new EmitStage(null, false);
    }

    /**
     * The stage an emit returns for {@code pending}, the work its element left pending: already
     * complete when that is {@code null}, else completing with it.
     */
    public static CompletionStage<Void> of(CompletableFuture<Void> pending, EventLoop loop) {
        if (pending == null) {
            return DONE;
        }
        EmitStage stage = new EmitStage(loop, true);
        pending.whenComplete((value, failure) -> stage.settle(failure));
        return stage;
    }

    /**
     * What a generated source returning a stage does when called from a thread other than the
     * loop's: hands {@code emit} (the same source called again, on the loop) over within the
     * loop's bound, and returns a stage completing with the one {@code emit} returns there.
     *
     * @throws java.util.concurrent.RejectedExecutionException if the loop refuses (it is closed,
     *     or its hand-off is full and set to fail)
     */
    public static CompletionStage<Void> handOff(EventLoop loop, Supplier<CompletionStage<Void>> emit) {
        EmitStage done = new EmitStage(loop, true);
        loop.handOff(LoopTasks.task(
                () -> {
                    CompletionStage<Void> there;
                    try {
                        there = emit.get();
                    } catch (Throwable e) {
                        done.settle(e);
                        return;
                    }
                    there.whenComplete((value, failure) -> done.settle(failure));
                },
                done::settle));
        return done;
    }

    /** Completes this stage, normally if {@code failure} is {@code null}; reports a failure nobody listens to. */
    public void settle(Throwable failure) {
        if (failure == null) {
            super.complete(null);
            return;
        }
        Throwable cause = Completions.unwrap(failure);
        super.completeExceptionally(cause);
        if (heard || !reports) {
            return;
        }
        if (loop == null) {
            UncaughtFailures.report(cause);
            return;
        }
        // the producer may attach a listener right after emit returns: look again one loop turn later
        LoopTasks.execute(loop, LoopTasks.task(() -> reportUnheard(cause), closed -> reportUnheard(cause)));
    }

    private void reportUnheard(Throwable cause) {
        if (!heard) {
            loop.reportFailure(cause);
        }
    }

    /** Runs {@code push} and settles this stage when the work it started has finished, or with what it threw. */
    public void relay(Supplier<CompletableFuture<Void>> push) {
        CompletableFuture<Void> work;
        try {
            work = push.get();
        } catch (Throwable e) {
            settle(e);
            return;
        }
        if (work == null) {
            settle(null);
        } else {
            work.whenComplete((value, failure) -> settle(failure));
        }
    }

    /**
     * A new future completing with this stage, free for the caller to complete, time out or
     * cancel, as {@link CompletableFuture#minimalCompletionStage()}'s gives; while this stage is
     * pending it counts as a listener.
     */
    @Override
    public CompletableFuture<Void> toCompletableFuture() {
        return copy();
    }

    /** Every continuation starts here: it marks this stage as listened to. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        heard = true;
        return new CompletableFuture<>();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public boolean complete(Void value) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public boolean completeExceptionally(Throwable ex) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public void obtrudeValue(Void value) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public void obtrudeException(Throwable ex) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public CompletableFuture<Void> completeAsync(Supplier<? extends Void> supplier, Executor executor) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: only the pipeline completes an emit's stage */
    @Override
    public CompletableFuture<Void> completeAsync(Supplier<? extends Void> supplier) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: use {@code toCompletableFuture().copy().orTimeout(...)} */
    @Override
    public CompletableFuture<Void> orTimeout(long timeout, TimeUnit unit) {
        throw refused();
    }

    /** @throws UnsupportedOperationException always: use {@code copy().completeOnTimeout(...)} */
    @Override
    public CompletableFuture<Void> completeOnTimeout(Void value, long timeout, TimeUnit unit) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("an emit's stage is completed by the pipeline only");
    }
}
