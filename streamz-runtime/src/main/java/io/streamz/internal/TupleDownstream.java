package io.streamz.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where a fused join hands its tuples when what follows it may leave work pending (an
 * asynchronous sink, a buffer, a time stage): the segment after the join, returning that work,
 * or {@code null} when nothing is pending. The join passes it back to the offer that completed
 * the tuple, as the runtime's join nodes pass their downstream's future back to the emitter.
 * Called by generated code, not API.
 */
@FunctionalInterface
public interface TupleDownstream {
    /** Runs what follows the join on {@code tuple}; returns the work left pending, or {@code null}. */
    CompletableFuture<Void> accept(List<Object> tuple);

    /** A downstream that never leaves work pending. */
    static TupleDownstream synchronous(Consumer<List<Object>> downstream) {
        Objects.requireNonNull(downstream, "downstream");
        return tuple -> {
            downstream.accept(tuple);
            return null;
        };
    }
}
