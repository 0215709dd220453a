package io.streamz.internal;

import java.util.List;

/**
 * The state of {@code slidingWindow(n, returnPartial)}, fused or interpreted: a ring of the last
 * n elements. The ring grows while the window fills (see {@link Growth}), so memory follows
 * what is held, not n.
 * Called by generated code and by the runtime's node, not API; one thread at a time.
 */
public final class SlidingWindowBuffer<T> {
    private final int n;
    private final boolean returnPartial;
    private Object[] ring;
    /** Where the next element goes once the window is full; 0 while it fills. */
    private int next;

    private int count;

    public SlidingWindowBuffer(int n, boolean returnPartial) {
        if (n < 1) {
            throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
        }
        this.n = n;
        this.returnPartial = returnPartial;
        this.ring = Growth.NO_OBJECTS;
    }

    /**
     * Adds {@code x}; returns the window to emit, oldest first (a fresh unmodifiable list), or
     * {@code null} while the window is not full and partial windows are not wanted.
     */
    public List<T> add(T x) {
        if (count < n) {
            if (count == ring.length) {
                ring = Growth.grow(ring, n);
            }
            ring[count++] = x; // while filling, the oldest element is at 0
            if (count < n && !returnPartial) {
                return null;
            }
        } else {
            ring[next] = x;
            next = next + 1 == n ? 0 : next + 1;
        }
        Object[] window = new Object[count];
        int from = next;
        for (int i = 0; i < count; i++) {
            window[i] = ring[from];
            from = from + 1 == n ? 0 : from + 1;
        }
        return Lists.wrap(window);
    }
}
