package io.streamz.internal;

import java.util.List;

/**
 * The state of a fused {@code slidingWindow(n, returnPartial)} over {@code long}s: a primitive
 * ring of the last n elements, so that nothing is boxed until a window is read. Each window is one
 * array copy and one small list, equal (equals, hashCode, toString) to the runtime's window of the
 * same {@code Long}s. Called by generated code, not API; one thread at a time.
 */
public final class LongSlidingWindow {
    private final long[] ring;
    private final boolean returnPartial;
    private int next;
    private int count;

    public LongSlidingWindow(int n, boolean returnPartial) {
        if (n < 1) {
            throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
        }
        this.ring = new long[n];
        this.returnPartial = returnPartial;
    }

    /**
     * Adds {@code x}; returns the window to emit, oldest first (a fresh unmodifiable list), or
     * {@code null} while the window is not full and partial windows are not wanted.
     */
    public List<Long> add(long x) {
        long[] ring = this.ring;
        ring[next] = x;
        next = next + 1 == ring.length ? 0 : next + 1;
        if (count < ring.length) {
            count++;
            if (count < ring.length) {
                if (!returnPartial) {
                    return null;
                }
                long[] partial = new long[count];
                for (int i = 0; i < count; i++) {
                    partial[i] = ring[i];
                }
                return new Window(partial);
            }
        }
        // Full: oldest at next, wrapping round to the newest just before it. A plain loop, not
        // System.arraycopy: windows are short, and the stub call costs more than the copy.
        long[] window = new long[ring.length];
        int from = next;
        for (int i = 0; i < window.length; i++) {
            window[i] = ring[from];
            from = from + 1 == ring.length ? 0 : from + 1;
        }
        return new Window(window);
    }

    /** A window over an array it owns alone. */
    private static final class Window extends PrimitiveWindow<Long> {
        private static final long serialVersionUID = 1L;
        private final long[] items;

        Window(long[] items) {
            this.items = items;
        }

        @Override
        public Long get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        int elementHash(int index) {
            return Long.hashCode(items[index]);
        }
    }
}
