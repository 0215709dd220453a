package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Combines the back-pressure futures of the push protocol, where {@code null} means "nothing
 * pending". Called by generated code, not API.
 */
public final class Completions {
    private static final CompletionStage<Void> DONE = CompletableFuture.completedStage(null);

    private Completions() {}

    /** Both pending futures as one; {@code null} or a future already completed normally counts as nothing pending. */
    public static CompletableFuture<Void> and(CompletableFuture<Void> pending, CompletableFuture<Void> next) {
        if (isSettled(next)) {
            return pending;
        }
        return isSettled(pending) ? next : CompletableFuture.allOf(pending, next);
    }

    /** The stage an emit returns for {@code pending}: an already completed one when it is {@code null}. */
    public static CompletionStage<Void> stage(CompletableFuture<Void> pending) {
        return pending == null ? DONE : pending.minimalCompletionStage();
    }

    /**
     * Nobody waits for {@code pending} (an emit that returns {@code void}): a failure it completes
     * with goes to {@link EventLoop#reportFailure}. Does nothing for {@code null}.
     */
    public static void reportFailure(CompletableFuture<Void> pending, EventLoop loop) {
        if (pending != null) {
            pending.whenComplete((value, failure) -> {
                if (failure != null) {
                    loop.reportFailure(unwrap(failure));
                }
            });
        }
    }

    /** Whether {@code f} is {@code null} or completed normally: nothing is pending on it. */
    public static boolean isSettled(CompletableFuture<?> f) {
        return f == null || (f.isDone() && !f.isCompletedExceptionally());
    }

    /** A future completing when {@code stage} does, with its failure unwrapped; {@code null} if already done normally. */
    public static CompletableFuture<Void> of(CompletionStage<?> stage) {
        // exact class only: a minimalCompletionStage is a CompletableFuture that refuses isDone()
        if (stage.getClass() == CompletableFuture.class && isSettled((CompletableFuture<?>) stage)) {
            return null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> settle(done, failure));
        return done;
    }

    /**
     * Runs {@code push} and completes {@code done} when the work it started has finished: at
     * once if it returned {@code null}, exceptionally if it threw.
     */
    public static void relay(Supplier<CompletableFuture<Void>> push, CompletableFuture<Void> done) {
        CompletableFuture<Void> pending;
        try {
            pending = push.get();
        } catch (Throwable e) {
            done.completeExceptionally(e);
            return;
        }
        if (pending == null) {
            done.complete(null);
        } else {
            pending.whenComplete((value, failure) -> settle(done, failure));
        }
    }

    /** Completes {@code done} normally when {@code failure} is null, else with the unwrapped failure. */
    public static void settle(CompletableFuture<Void> done, Throwable failure) {
        if (failure == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(unwrap(failure));
        }
    }

    /** The cause under {@link CompletionException}/{@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * {@code future.join()} that rethrows the failure unwrapped, as it is: an undeclared checked
     * exception too, as a synchronous emit throws it.
     */
    public static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw Failures.propagate(unwrap(e));
        }
    }
}
