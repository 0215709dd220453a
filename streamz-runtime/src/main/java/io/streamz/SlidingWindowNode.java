package io.streamz;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code sliding_window(n, return_partial)}: the last {@code n} elements, oldest
 * first, emitted on every element once full (or from the first one with {@code returnPartial}).
 */
final class SlidingWindowNode<T> extends Stream<List<T>> {
    private final Object[] ring;
    private final boolean returnPartial;
    private int next;
    private int count;

    SlidingWindowNode(Stream<T> upstream, int n, boolean returnPartial) {
        super(Preconditions.checkedBefore(upstream, () -> {
            if (n < 1) {
                throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
            }
        }));
        this.ring = new Object[n];
        this.returnPartial = returnPartial;
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        ring[next] = x;
        next = (next + 1) % ring.length;
        if (count < ring.length) {
            count++;
            if (count < ring.length && !returnPartial) {
                return null;
            }
        }
        Object[] window = new Object[count];
        int oldest = count < ring.length ? 0 : next;
        for (int i = 0; i < count; i++) {
            window[i] = ring[(oldest + i) % ring.length];
        }
        return emitDownstream(Tuples.wrap(window));
    }

    @Override
    String operatorName() {
        return "slidingWindow";
    }

    @Override
    String detail() {
        return String.valueOf(ring.length);
    }

    @Override
    String graphvizShape() {
        return "diamond";
    }
}
