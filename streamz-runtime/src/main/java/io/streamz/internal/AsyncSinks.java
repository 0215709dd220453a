package io.streamz.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
     * {@code stage} seen as a {@code CompletionStage<Void>}, for a direct call of an abstract
     * sink method declared so: completes when {@code stage} does, without its value;
     * {@code null} stays {@code null}.
     */
    public static CompletionStage<Void> discardValue(CompletionStage<?> stage) {
        return stage == null ? null : stage.thenApply(value -> null);
    }
}
