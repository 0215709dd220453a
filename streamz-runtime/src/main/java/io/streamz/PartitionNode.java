package io.streamz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code partition(n, key=...)}: per-key buffers emitted as a list when they hold
 * {@code n} elements, in completion order. No trailing flush: there is no end of stream.
 */
final class PartitionNode<T> extends Stream<List<T>> {
    private final int n;
    private final Function<? super T, ?> key;
    /** Buffers by key, in first-arrival order; with no key function, the single key is {@code null}. */
    private final Map<Object, List<Object>> buffers = new LinkedHashMap<>();

    PartitionNode(Stream<T> upstream, int n, Function<? super T, ?> key) {
        super(upstream);
        if (n < 1) {
            throw new IllegalArgumentException("partition size must be at least 1, got " + n);
        }
        this.n = n;
        this.key = key;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object k;
        try {
            k = key == null ? null : key.apply((T) x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        List<Object> buffer = buffers.computeIfAbsent(k, unused -> new ArrayList<>(n));
        buffer.add(x);
        if (buffer.size() < n) {
            return null;
        }
        buffers.remove(k); // before emitting, so a feedback loop re-entering starts a fresh buffer
        return emitDownstream(Tuples.wrap(buffer.toArray()));
    }

    /** The size of every emitted partition. */
    int size() {
        return n;
    }

    @Override
    String operatorName() {
        return "partition";
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
