package io.streamz.internal;

import io.streamz.FailedElement;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Calls into a user's asynchronous function from fused code, naming its stage on every kind of
 * failure exactly as the runtime's {@code mapAsync} and {@code sinkAsync} nodes do: a thrown
 * exception, a {@code null} stage ({@code NullPointerException} "{@code <label> returned null
 * instead of a CompletionStage}"), and a stage that fails later. Called by generated code, not API.
 */
public final class AsyncCalls {
    private AsyncCalls() {}

    /**
     * {@code f} as the function a fused {@code mapAsync} stage labelled {@code stageLabel} (e.g.
     * {@code mapAsync: lookup}) hands to its {@link OrderedAsyncMap}.
     */
    public static <T, R> Function<T, CompletionStage<? extends R>> named(
            String stageLabel, Function<? super T, ? extends CompletionStage<? extends R>> f) {
        Objects.requireNonNull(stageLabel, "stageLabel");
        Objects.requireNonNull(f, "f");
        return x -> {
            CompletionStage<? extends R> stage;
            try {
                stage = f.apply(x);
            } catch (Throwable e) {
                throw Failures.rethrow(stageLabel, e);
            }
            return nameFailures(stageLabel, stage);
        };
    }

    /**
     * The call-failure handler of a fused {@code mapAsync} stage labelled {@code stageLabel}
     * that routes its failures, for its {@link OrderedAsyncMap}: a failed call's input and
     * failure go to {@code route} as a {@link FailedElement} ({@link Failures#routedAsync}), as
     * the twin's node routes them; what must not be routed, and what routing throws, go to the
     * loop's failure handler.
     */
    public static BiConsumer<Object, Throwable> routed(String stageLabel, Consumer<FailedElement> route) {
        Objects.requireNonNull(stageLabel, "stageLabel");
        Objects.requireNonNull(route, "route");
        return (input, failure) -> route.accept(Failures.routedAsync(stageLabel, input, failure));
    }

    /**
     * {@code stage}, returned by the user's function of stage {@code stageLabel}, with that stage
     * recorded on its failure.
     *
     * @throws NullPointerException naming the stage if {@code stage} is {@code null}
     */
    static <V> CompletionStage<V> nameFailures(String stageLabel, CompletionStage<V> stage) {
        if (stage == null) {
            throw Failures.record(
                    stageLabel, new NullPointerException(stageLabel + " returned null instead of a CompletionStage"));
        }
        return stage.whenComplete((value, failure) -> {
            Throwable cause = failure == null ? null : Completions.unwrap(failure);
            if (cause != null) {
                Failures.named(stageLabel, cause);
            }
        });
    }
}
