package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * A map, a filter and an accumulate that each refuse some input, and a sink whose consumer may
 * refuse too: StageNamingTest checks the stage each failure names, in both builds.
 */
@Pipeline
public interface FailingStages {
    @Source
    void emit(String line);

    /** Refuses what is not a number: {@code NumberFormatException}. */
    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter
    default boolean large(int x) {
        if (x == 13) {
            throw new IllegalStateException("large refuses 13");
        }
        return x > 100;
    }

    @Accumulate(start = "zero")
    default long total(long sum, int x) {
        if (x == 666) {
            throw new ArithmeticException("total refuses 666"); // the sum must stay unchanged
        }
        return sum + x;
    }

    static long zero() {
        return 0;
    }

    @Sink
    void out(long total);
}
