package io.streamz.it.metrics;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** A measured accumulate that a second source resets: the resets count in, as the twin's node counts them. */
@Pipeline(metrics = true)
public interface MeasuredResets {
    @Source
    void emit(int x);

    @Source
    void clear(String why);

    @Accumulate(from = "emit", start = "zero", resetBy = "clear")
    default long total(long sum, int x) {
        if (x == 13) {
            throw new IllegalArgumentException("total refuses " + x);
        }
        return sum + x;
    }

    static long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);
}
