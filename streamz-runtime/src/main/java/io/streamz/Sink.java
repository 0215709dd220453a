package io.streamz;

import io.streamz.internal.Completions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A terminal node that calls a consumer on every element, or an asynchronous function whose
 * {@link CompletionStage} is handed back to the emitter (back pressure). It stays alive without
 * a reference, registered in {@link GlobalSinks}, until {@link #destroy()}.
 */
public final class Sink<T> extends Stream<T> {
    private final Consumer<? super T> consumer;
    private final Function<? super T, ? extends CompletionStage<?>> asyncFunction;

    Sink(Stream<T> upstream, Consumer<? super T> consumer) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(consumer, "consumer")));
        this.consumer = consumer;
        this.asyncFunction = null;
        GlobalSinks.register(this);
    }

    /** An asynchronous sink: {@code sinkAsync}. */
    Sink(Function<? super T, ? extends CompletionStage<?>> asyncFunction, Stream<T> upstream) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(asyncFunction, "f")));
        this.consumer = null;
        this.asyncFunction = asyncFunction;
        GlobalSinks.register(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (asyncFunction != null) {
            return updateAsync((T) x);
        }
        try {
            consumer.accept((T) x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        return null;
    }

    private CompletableFuture<Void> updateAsync(T x) {
        CompletionStage<?> stage;
        try {
            stage = asyncFunction.apply(x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        if (stage == null) {
            throw StageFailure.record(this, new NullPointerException(
                    "sink: " + FunctionNames.of(asyncFunction) + " returned null instead of a CompletionStage"));
        }
        return Completions.of(AsyncFailures.named(stage, this));
    }

    /**
     * Disconnects this sink from its upstreams and removes it from {@link GlobalSinks}, so it
     * receives nothing more and can be collected.
     *
     * @throws IllegalStateException if it was already destroyed (streamz raises {@code KeyError})
     */
    public void destroy() {
        if (!GlobalSinks.unregister(this)) {
            throw new IllegalStateException(this + " is already destroyed");
        }
        disconnectFromUpstreams();
    }

    @Override
    String operatorName() {
        return "sink";
    }

    @Override
    String detail() {
        return FunctionNames.of(asyncFunction != null ? asyncFunction : consumer);
    }

    @Override
    String graphvizShape() {
        return "trapezium";
    }
}
