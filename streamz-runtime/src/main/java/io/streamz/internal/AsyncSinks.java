package io.streamz.internal;

import io.streamz.EventLoop;
import io.streamz.FailedElement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What a fused asynchronous {@code @Sink} does with the stage the user's function returned,
 * exactly as the runtime's {@code sinkAsync} node does: {@code null} fails at once, a stage
 * failing later names the sink on its failure, and the emitter gets a future that completes
 * when the stage does (back pressure). Called by generated code, not API.
 */
public final class AsyncSinks {
    private AsyncSinks() {}

    /**
     * The work still pending on {@code stage}, returned by sink {@code stageLabel} (e.g.
     * {@code sink: out}): {@code null} if it already completed normally, else a future that
     * completes when it does, with its failure unwrapped and the sink recorded on it.
     *
     * @throws NullPointerException naming the sink if {@code stage} is {@code null}
     */
    public static CompletableFuture<Void> pending(String stageLabel, CompletionStage<?> stage) {
        return Completions.of(AsyncCalls.nameFailures(stageLabel, stage));
    }

    /**
     * {@link #pending} for a sink that routes its failures, as the runtime's {@code sinkAsync}
     * node with {@code routeFailuresTo} does: a {@code null} stage, or the failure of
     * {@code stage} (even one another stage named first), goes to {@code route} as a
     * {@link FailedElement} ({@link Failures#routedAsync}) on {@code loop}'s thread (the returned
     * future then completes normally, or with what routing threw); {@code null} if nothing is
     * pending.
     */
    public static CompletableFuture<Void> pendingRouted(
            String stageLabel,
            Object element,
            CompletionStage<?> stage,
            EventLoop loop,
            Consumer<FailedElement> route) {
        if (stage == null) {
            route.accept(Failures.routedAsync(
                    stageLabel,
                    element,
                    new NullPointerException(stageLabel + " returned null instead of a CompletionStage")));
            return null;
        }
        if (stage.getClass() == CompletableFuture.class && Completions.isSettled((CompletableFuture<?>) stage)) {
            return null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                done.complete(null);
                return;
            }
            Throwable cause = Completions.unwrap(failure);
            Runnable routing = () -> {
                try {
                    route.accept(Failures.routedAsync(stageLabel, element, cause));
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            };
            if (loop.inLoop()) {
                routing.run();
                return;
            }
            try {
                loop.execute(routing);
            } catch (RuntimeException refused) {
                done.completeExceptionally(refused);
            }
        });
        return done;
    }

    /**
     * {@code stage} seen as a {@code CompletionStage<Void>}, for a direct call of an abstract
     * sink method declared so: completes when {@code stage} does, without its value;
     * {@code null} stays {@code null}.
     */
    public static CompletionStage<Void> discardValue(CompletionStage<?> stage) {
        return stage == null ? null : stage.thenApply(value -> null);
    }
}
