package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * Four branches, two off the source and two off {@code increment}. When {@code square} throws,
 * the branches attached after it never see that element, in both builds.
 */
@Pipeline
public interface Branching {
    @Source
    void emit(int x);

    @Map
    default int increment(int x) {
        return x + 1;
    }

    @Sink
    void incremented(int x);

    @Map(from = "increment")
    default long square(int x) {
        if (x % 113 == 0) {
            throw new IllegalArgumentException("square refuses " + x);
        }
        return (long) x * x;
    }

    @Sink
    void squared(long x);

    @Map(from = "emit")
    default int decrement(int x) {
        return x - 1;
    }

    @Filter
    default boolean even(int x) {
        return x % 2 == 0;
    }

    @Sink
    void evenDecremented(int x);

    @Accumulate(from = "emit", start = "none")
    default long count(long n, int x) {
        return n + 1;
    }

    default long none() {
        return 0L;
    }

    @Sink
    void counted(long n);
}
