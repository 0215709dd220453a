package io.streamz;

import io.streamz.internal.Completions;
import java.util.concurrent.CompletionStage;

/** Names the stage on the failure of a user's asynchronous stage, as {@link StageFailure#record} does for thrown ones. */
final class AsyncFailures {
    private AsyncFailures() {}

    static <V> CompletionStage<V> named(CompletionStage<V> stage, Stream<?> node) {
        return stage.whenComplete((value, failure) -> {
            Throwable cause = failure == null ? null : Completions.unwrap(failure);
            if (cause instanceof RuntimeException) {
                StageFailure.record(node, (RuntimeException) cause);
            }
        });
    }
}
