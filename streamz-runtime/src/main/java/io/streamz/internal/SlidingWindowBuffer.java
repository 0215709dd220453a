package io.streamz.internal;

import java.util.List;

/**
 * The state of a fused {@code slidingWindow(n, returnPartial)}: a ring of the last n elements.
 * Called by generated code, not API; one thread at a time.
 */
public final class SlidingWindowBuffer<T> {
    private final Object[] ring;
    private final boolean returnPartial;
    private int next;
    private int count;

    public SlidingWindowBuffer(int n, boolean returnPartial) {
        if (n < 1) {
            throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
        }
        this.ring = new Object[n];
        this.returnPartial = returnPartial;
    }

    /**
     * Adds {@code x}; returns the window to emit, oldest first (a fresh unmodifiable list), or
     * {@code null} while the window is not full and partial windows are not wanted.
     */
    public List<T> add(T x) {
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
        return Lists.wrap(window);
    }
}
