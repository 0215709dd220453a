package io.streamz.internal;

import java.util.List;
import java.util.Objects;

/**
 * The state of a fused {@code slidingWindow(n, returnPartial)} over {@code long}s, kept
 * primitive so that nothing is boxed until a window is read. Each window is a fresh unmodifiable
 * list, equal (equals, hashCode, toString) to the runtime's window of the same {@code Long}s.
 *
 * <p>Windows of up to {@value #SMALL} elements live in fields, not arrays: the last elements
 * shift through four fields and each window copies them into a list object of four fields. When
 * the window does not outlive the stage reading it, C2's escape analysis removes that object
 * and every box (an array read at a computed index would stay), and since generated code passes
 * n as a literal, a loop over a full window has a constant trip count and is unrolled. Larger
 * windows keep a ring and copy it into a fresh array. Called by generated code, not API; one
 * thread at a time.
 */
public final class LongSlidingWindow {
    /** The largest window kept in fields. */
    static final int SMALL = 4;

    private final int n;
    private final boolean returnPartial;
    /**
     * The ring of a window larger than {@link #SMALL}, {@code null} for a small one; it grows
     * while the window fills, so memory follows what is held.
     */
    private long[] ring;

    private int next;
    private int count;
    /** A small window's last four elements, {@code e3} the newest. */
    private long e0;

    private long e1;
    private long e2;
    private long e3;

    public LongSlidingWindow(int n, boolean returnPartial) {
        if (n < 1) {
            throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
        }
        this.n = n;
        this.returnPartial = returnPartial;
        this.ring = n > SMALL ? new long[0] : null;
    }

    /**
     * Adds {@code x}; returns the window to emit, oldest first (a fresh unmodifiable list), or
     * {@code null} while the window is not full and partial windows are not wanted. {@code n} is
     * the size given to the constructor, repeated so that the compiler sees it as a constant.
     */
    public List<Long> add(long x, int n) {
        if (n != this.n) {
            throw new IllegalArgumentException("this sliding window holds " + this.n + " elements, not " + n);
        }
        if (n > SMALL) {
            return addToRing(x, n);
        }
        e0 = e1;
        e1 = e2;
        e2 = e3;
        e3 = x;
        // One allocation, sized n on the usual path: escape analysis gives up on merged allocations.
        int size = n;
        if (count < n) {
            count++;
            if (count < n) {
                if (!returnPartial) {
                    return null;
                }
                size = count;
            }
        }
        return new SmallWindow(size, e0, e1, e2, e3);
    }

    private List<Long> addToRing(long x, int n) {
        if (count < n) {
            if (count == ring.length) {
                ring = Growth.grow(ring, n);
            }
            ring[count++] = x; // while filling, the oldest element is at 0 and next stays 0
            if (count < n) {
                if (!returnPartial) {
                    return null;
                }
                long[] partial = new long[count];
                for (int i = 0; i < count; i++) {
                    partial[i] = ring[i];
                }
                return new Window(partial);
            }
        } else {
            ring[next] = x;
            next = next + 1 == n ? 0 : next + 1;
        }
        // Full: oldest at next, wrapping round to the newest just before it. A plain loop, not
        // System.arraycopy: windows are short, and the stub call costs more than the copy.
        long[] ring = this.ring;
        long[] window = new long[n];
        int from = next;
        for (int i = 0; i < n; i++) {
            window[i] = ring[from];
            from = from + 1 == n ? 0 : from + 1;
        }
        return new Window(window);
    }

    /** A window of at most four elements: the last {@code size} of {@code e0..e3}. */
    private static final class SmallWindow extends PrimitiveWindow<Long> {
        private static final long serialVersionUID = 1L;
        private final int size;
        private final long e0;
        private final long e1;
        private final long e2;
        private final long e3;

        SmallWindow(int size, long e0, long e1, long e2, long e3) {
            this.size = size;
            this.e0 = e0;
            this.e1 = e1;
            this.e2 = e2;
            this.e3 = e3;
        }

        private long at(int index) {
            switch (SMALL - size + Objects.checkIndex(index, size)) {
                case 0:
                    return e0;
                case 1:
                    return e1;
                case 2:
                    return e2;
                default:
                    return e3;
            }
        }

        @Override
        public Long get(int index) {
            return at(index);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        int elementHash(int index) {
            return Long.hashCode(at(index));
        }
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
