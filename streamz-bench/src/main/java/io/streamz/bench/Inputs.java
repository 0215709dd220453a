package io.streamz.bench;

import java.util.SplittableRandom;

/**
 * The inputs every implementation of a topology receives: fixed seeds, so all implementations
 * of a topology see the same elements in the same order, run after run.
 */
final class Inputs {
    /** Elements pushed per benchmark invocation; every benchmark reports time per element. */
    static final int N = 1024;

    private Inputs() {}

    /** N ints in [0, 2^20): half of them even, in an order a branch predictor cannot learn. */
    static int[] ints() {
        return new SplittableRandom(42).ints(N, 0, 1 << 20).toArray();
    }

    /** The same values as {@link #ints()}, boxed once up front so the timed loop boxes nothing itself. */
    static Integer[] boxedInts() {
        int[] values = ints();
        Integer[] boxed = new Integer[N];
        for (int i = 0; i < N; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /** N doubles in [0, 1000). */
    static double[] doubles() {
        return new SplittableRandom(7).doubles(N, 0, 1000).toArray();
    }

    /** N ints in [0, 200): with a history of 100 about half of them are repeats. */
    static int[] repeats() {
        return new SplittableRandom(11).ints(N, 0, 200).toArray();
    }
}
