package io.streamz.it.seed;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * The seed's branching example: {@code increment} and {@code decrement} both hang off the
 * source. Branches fire in attach (declaration) order, so emits 1, 10 print 2, 0, 11, 9.
 */
@Pipeline
public interface IncDec {
    @Source
    void emit(int x);

    @Map
    default int increment(int x) {
        return x + 1;
    }

    @Sink
    void printIncremented(int x);

    @Map(from = "emit")
    default int decrement(int x) {
        return x - 1;
    }

    @Sink
    void printDecremented(int x);
}
