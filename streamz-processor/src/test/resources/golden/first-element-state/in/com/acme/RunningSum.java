package com.acme;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** The contract's example: accumulate without start, the first element is the state; int widened to long. */
@Pipeline
public interface RunningSum {
    @Source void emit(int x);

    @Accumulate default long total(long sum, int x) {
        return sum + x;
    }

    @Sink void out(long total);

    @Accumulate(from = "emit") default int max(int best, int x) {
        return Math.max(best, x);
    }

    @Sink default void log(int max) {
        List.of(max);
    }
}
