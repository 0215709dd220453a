package io.streamz.internal;

/**
 * The state of {@code slice(start, end, step)}, fused or interpreted: counts the positions 0, 1,
 * 2, ... of the elements and says which pass, with Python's slicing: the element at position
 * {@code i} passes when {@code start <= i < end} and {@code (i - start) % step == 0}. Called by
 * generated code and by the runtime's node, not API; one thread at a time.
 */
public final class SlicePositions {
    /** {@code end} meaning no end. */
    public static final long NO_END = Long.MAX_VALUE;

    private final long start;
    private final long end;
    private final long step;
    /** The position of the next element. */
    private long position;

    /**
     * @param end the position before which the slice ends, or {@link #NO_END}
     * @throws IllegalArgumentException if {@code start} or {@code end} is negative or {@code step < 1}
     */
    public SlicePositions(long start, long end, long step) {
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("slice start and end must be >= 0, got " + start + " and " + end
                    + ": a stream has no end to count back from");
        }
        if (step < 1) {
            throw new IllegalArgumentException("slice step must be >= 1, got " + step);
        }
        this.start = start;
        this.end = end;
        this.step = step;
    }

    /** Takes the next position; returns whether the element at it passes. */
    public boolean admits() {
        long i = position;
        if (i < end) {
            position = i + 1;
        }
        return admitsAt(i, start, end, step);
    }

    /**
     * Whether the element at {@code position} passes {@code slice(start, end, step)}.
     *
     * @param position the element's position, from 0
     * @param start the slice's start
     * @param end the slice's end, or {@link #NO_END}
     * @param step the slice's step, at least 1
     * @return {@code true} if it passes
     */
    public static boolean admitsAt(long position, long start, long end, long step) {
        return position >= start && position < end && (position - start) % step == 0;
    }

    /** Whether no later element can pass: every position before {@code end} is taken. */
    public boolean exhausted() {
        return position >= end;
    }
}
