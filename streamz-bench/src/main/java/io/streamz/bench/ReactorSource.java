package io.streamz.bench;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A Reactor push source: a multicast {@link Sinks.Many} without a queue (direct, best effort),
 * the Reactor counterpart of a streamz source or an RxJava {@code PublishSubject}. A rejected
 * emission fails loudly instead of dropping data unseen.
 */
final class ReactorSource<T> {
    private final Sinks.Many<T> sink;

    private ReactorSource(Sinks.Many<T> sink) {
        this.sink = sink;
    }

    /** {@code Sinks.many()}: the default, serialized (thread-safe) sink. */
    static <T> ReactorSource<T> serialized() {
        return new ReactorSource<>(Sinks.many().multicast().<T>directBestEffort());
    }

    /** {@code Sinks.unsafe().many()}: no serialization, for a single producing thread. */
    static <T> ReactorSource<T> unsafe() {
        return new ReactorSource<>(Sinks.unsafe().many().multicast().<T>directBestEffort());
    }

    Flux<T> flux() {
        return sink.asFlux();
    }

    void emit(T value) {
        Sinks.EmitResult result = sink.tryEmitNext(value);
        if (result.isFailure()) {
            throw new IllegalStateException("Reactor rejected " + value + ": " + result);
        }
    }
}
