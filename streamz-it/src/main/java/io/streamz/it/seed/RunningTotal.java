package io.streamz.it.seed;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * The seed's running total, {@code source.accumulate(add).sink(print)}: without a start the
 * first element becomes the state, so emits 1, 2, 3, 4 print 1, 3, 6, 10.
 */
@Pipeline
public interface RunningTotal {
    @Source
    void emit(int x);

    @Accumulate
    default int add(int total, int x) {
        return total + x;
    }

    @Sink
    void out(int total);
}
