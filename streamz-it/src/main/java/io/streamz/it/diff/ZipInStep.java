package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;

/**
 * Zips that one source feeds in lock step, which the fused class pairs in locals: three inputs
 * (a map-accumulate chain, the source itself, a map), a sink between them in branch order, and
 * failures in every place that can leave the inputs out of step (a chain, the sink between,
 * the zip's own method, the sink after it). A second zip of the same source queues as usual.
 */
@Pipeline
public interface ZipInStep {
    @Source
    void emit(int x);

    @Map
    default int inc(int x) {
        if (x % 97 == 0) {
            throw new IllegalArgumentException("inc refuses " + x);
        }
        return x + 1;
    }

    @Accumulate(start = "zero")
    default long running(long sum, int x) {
        return sum + x;
    }

    static long zero() {
        return 0;
    }

    /** Between the first and the last input in branch order; its consumer refuses some values. */
    @Sink(from = "emit")
    void seen(int x);

    @Map(from = "emit")
    default Integer half(int x) {
        if (x % 89 == 0) {
            throw new IllegalStateException("half refuses " + x);
        }
        return x % 5 == 0 ? null : x / 2;
    }

    @Zip(from = {"running", "emit", "half"})
    default String combine(long running, int x, Integer half) {
        if (x % 83 == 0) {
            throw new ArithmeticException("combine refuses " + x);
        }
        return running + "/" + x + "/" + half;
    }

    @Sink
    void out(String combined);

    @Map(from = "emit")
    default int negated(int x) {
        return -x;
    }

    @Zip(from = {"negated", "emit"})
    default long product(int negated, int x) {
        return (long) negated * x;
    }

    @Sink
    void products(long product);
}
