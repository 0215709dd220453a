package io.streamz.internal;

import java.util.Arrays;

/**
 * How windows and partitions grow their arrays: they start empty, take {@value #INITIAL_CAPACITY}
 * slots (or fewer, if that is all they may hold) at their first element, and double up to the
 * size they were given. So {@code slidingWindow(Integer.MAX_VALUE)} or {@code partition(1 << 30)}
 * costs what it holds, not what it could hold.
 */
final class Growth {
    /** The capacity an empty array grows to first. */
    static final int INITIAL_CAPACITY = 16;

    static final Object[] NO_OBJECTS = {};

    private Growth() {}

    /** {@code items} copied into a longer array: twice as long, at most {@code limit}. */
    static Object[] grow(Object[] items, int limit) {
        return Arrays.copyOf(items, newLength(items.length, limit));
    }

    /** {@link #grow(Object[], int)} for {@code int}s. */
    static int[] grow(int[] items, int limit) {
        return Arrays.copyOf(items, newLength(items.length, limit));
    }

    /** {@link #grow(Object[], int)} for {@code long}s. */
    static long[] grow(long[] items, int limit) {
        return Arrays.copyOf(items, newLength(items.length, limit));
    }

    /** {@link #grow(Object[], int)} for {@code double}s. */
    static double[] grow(double[] items, int limit) {
        return Arrays.copyOf(items, newLength(items.length, limit));
    }

    private static int newLength(int length, int limit) {
        return (int) Math.min(length == 0 ? INITIAL_CAPACITY : 2L * length, limit);
    }
}
