package io.streamz.it.diff;

import io.streamz.FailedElement;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * The error route: parse, small and out route their failures to {@code rejected} and go on; every
 * other stage that can route (total, half, halves) routes to {@code audit}, which takes all the
 * rest. The test's consumers refuse some failures, which then reach the caller.
 */
@Pipeline
public interface RoutedFailures {
    @Source
    void emit(String line);

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter
    default boolean small(int x) {
        if (x == 13) {
            throw new IllegalStateException("small refuses 13");
        }
        return x < 90;
    }

    @Accumulate
    default long total(long sum, int x) {
        if (x == 66) {
            throw new ArithmeticException("total refuses 66"); // the sum stays unchanged
        }
        return sum + x;
    }

    @Sink
    void out(long total);

    @Map(from = "parse")
    default int half(int x) {
        if (x % 7 == 0) {
            throw new IllegalArgumentException("half refuses " + x);
        }
        return x / 2;
    }

    @Sink
    void halves(int x);

    @OnFailure(from = {"parse", "small", "out"})
    void rejected(FailedElement failure);

    @OnFailure
    void audit(FailedElement failure);
}
