package io.streamz.it.diff;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * accumulate with withState (streamz's {@code with_state=True}): with a start, without one (the
 * first element is the state, emitted as {@code Accumulated(x, x)}), and with the first element
 * widened to a long state; each fold fails now and then, leaving its state as it was. The fused
 * class's state fields against the twin's {@code accumulateWithState}.
 */
@Pipeline
public interface StatefulFolds {
    @Source
    void emit(int x);

    @Accumulate(start = "zero", withState = true)
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
    void totals(Accumulated<Long, Long> total);

    @Accumulate(from = "emit", withState = true)
    default int largest(int most, int x) {
        if (x == 17) {
            throw new IllegalStateException("largest refuses " + x);
        }
        return Math.max(most, x);
    }

    @Sink
    void largests(Accumulated<Integer, Integer> largest);

    @Accumulate(from = "emit", withState = true)
    default long spread(long acc, int x) {
        if (x == 7) {
            throw new IllegalArgumentException("spread refuses " + x);
        }
        return acc * 31 + x;
    }

    @Sink
    void spreads(Accumulated<Long, Long> spread);
}
