package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** A linear chain that moves from {@code int} through {@code long} to {@code double}. */
@Pipeline
public interface LinearPrimitives {
    @Source
    void emit(int x);

    @Map
    default int scale(int x) {
        return x * 3 + 1;
    }

    @Filter
    default boolean notMultipleOfSeven(int x) {
        return x % 7 != 0;
    }

    @Map
    default long square(int x) {
        if (x % 211 == 0) {
            throw new ArithmeticException("square refuses " + x);
        }
        return (long) x * x;
    }

    @Accumulate(start = "zero")
    default long total(long sum, long x) {
        return sum + x;
    }

    static long zero() {
        return 0L;
    }

    @Map
    default double half(long total) {
        return total / 2.0;
    }

    @Sink
    void out(double x);
}
