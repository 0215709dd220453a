package io.streamz;

import io.streamz.internal.SlidingWindowBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code sliding_window(n, return_partial)}: the last {@code n} elements, oldest
 * first, emitted on every element once full (or from the first one with {@code returnPartial});
 * the window is {@link SlidingWindowBuffer}, shared with generated code.
 */
final class SlidingWindowNode<T> extends Stream<List<T>> {
    private final int n;
    private final SlidingWindowBuffer<T> window;
    /**
     * The metadata of the elements in the window, oldest first ({@code null} for none), kept once
     * metadata is in use: each is retained while its element can still be in a window.
     */
    private final ArrayDeque<List<Map<String, Object>>> metadata = new ArrayDeque<>();

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
        if (Metadata.used()) {
            return updateWithMetadata(x);
        }
        List<T> emitted = window.add((T) x);
        return emitted == null ? null : emitDownstream(emitted);
    }

    /** streamz's sliding_window with metadata: an element's references go once no later window can hold it. */
    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> updateWithMetadata(Object x) {
        List<Map<String, Object>> carried = Metadata.current();
        Metadata.retain(carried);
        metadata.add(carried == null ? List.of() : carried);
        List<T> emitted = window.add((T) x);
        if (emitted == null) {
            return null;
        }
        CompletableFuture<Void> pending = Metadata.pushWith(Metadata.concat(metadata), () -> emitDownstream(emitted));
        if (metadata.size() == n) {
            Metadata.release(metadata.poll()); // the oldest is in no later window
        }
        return pending;
    }

    /** The graph closed: the elements that could still be in a window are let go of. */
    @Override
    void closeNode(StreamClosedException why) {
        List<Map<String, Object>> held = Metadata.concat(metadata);
        metadata.clear();
        Metadata.release(held);
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
