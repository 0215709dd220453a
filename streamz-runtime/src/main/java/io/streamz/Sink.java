package io.streamz;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A terminal node that calls a consumer on every element. It stays alive without a reference,
 * registered in {@link GlobalSinks}, until {@link #destroy()}.
 */
public final class Sink<T> extends Stream<T> {
    private final Consumer<? super T> consumer;

    Sink(Stream<T> upstream, Consumer<? super T> consumer) {
        super(upstream);
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        GlobalSinks.register(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        try {
            consumer.accept((T) x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        return null;
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
        return FunctionNames.of(consumer);
    }

    @Override
    String graphvizShape() {
        return "trapezium";
    }
}
