package io.streamz;

import io.streamz.internal.SlidingWindowBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code sliding_window(n, return_partial)}: the last {@code n} elements, oldest
 * first, emitted on every element once full (or from the first one with {@code returnPartial});
 * the window is {@link SlidingWindowBuffer}, shared with generated code.
 */
final class SlidingWindowNode<T> extends Stream<List<T>> {
    private final int n;
    private final SlidingWindowBuffer<T> window;

    SlidingWindowNode(Stream<T> upstream, int n, boolean returnPartial) {
        // The buffer checks n before this node attaches to its upstream.
        this(upstream, n, new SlidingWindowBuffer<>(n, returnPartial));
    }

    private SlidingWindowNode(Stream<T> upstream, int n, SlidingWindowBuffer<T> window) {
        super(upstream);
        this.n = n;
        this.window = window;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        List<T> emitted = window.add((T) x);
        return emitted == null ? null : emitDownstream(emitted);
    }

    @Override
    String operatorName() {
        return "slidingWindow";
    }

    @Override
    String detail() {
        return String.valueOf(n);
    }

    @Override
    String graphvizShape() {
        return "diamond";
    }
}
