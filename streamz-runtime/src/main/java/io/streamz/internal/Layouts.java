package io.streamz.internal;

import java.util.Arrays;

/**
 * The per-input arrays of the joins and their tuple layouts (per position, the input filling it)
 * as inputs come and go. Connecting and disconnecting are rare, so each change copies.
 */
final class Layouts {
    private Layouts() {}

    /** {@code items} with {@code item} appended. */
    static int[] append(int[] items, int item) {
        int[] longer = Arrays.copyOf(items, items.length + 1);
        longer[items.length] = item;
        return longer;
    }

    /** {@code items} with {@code item} appended. */
    static <T> T[] append(T[] items, T item) {
        T[] longer = Arrays.copyOf(items, items.length + 1);
        longer[items.length] = item;
        return longer;
    }

    /** {@code items} without the one at {@code index}. */
    static <T> T[] without(T[] items, int index) {
        T[] kept = Arrays.copyOf(items, items.length - 1);
        System.arraycopy(items, index + 1, kept, index, kept.length - index);
        return kept;
    }

    /** {@code items} with {@code item} appended. */
    static boolean[] append(boolean[] items, boolean item) {
        boolean[] longer = Arrays.copyOf(items, items.length + 1);
        longer[items.length] = item;
        return longer;
    }

    /** {@code items} without the one at {@code index}. */
    static boolean[] without(boolean[] items, int index) {
        boolean[] kept = Arrays.copyOf(items, items.length - 1);
        System.arraycopy(items, index + 1, kept, index, kept.length - index);
        return kept;
    }

    /**
     * {@code layout} without the positions {@code input} fills; the positions of the inputs after
     * it name them one index lower, as they move down when {@code input} goes. Negative entries
     * (literals) are kept as they are.
     */
    static int[] withoutInput(int[] layout, int input) {
        int[] kept = new int[layout.length];
        int size = 0;
        for (int slot : layout) {
            if (slot != input) {
                kept[size++] = slot > input ? slot - 1 : slot;
            }
        }
        return Arrays.copyOf(kept, size);
    }
}
