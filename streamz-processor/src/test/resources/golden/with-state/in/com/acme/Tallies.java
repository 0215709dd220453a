package com.acme;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** accumulate with withState: the state emitted alongside the result; with a start, without, and widened. */
@Pipeline
public interface Tallies {
    @Source void emit(int x);

    @Accumulate(start = "zero", withState = true)
    default long total(long sum, int x) {
        return sum + x;
    }

    static long zero() {
        return 0L;
    }

    @Sink void totals(Accumulated<Long, Long> total);

    @Accumulate(from = "emit", withState = true)
    default int largest(int most, int x) {
        return Math.max(most, x);
    }

    @Sink void largests(Accumulated<Integer, Integer> largest);

    @Accumulate(from = "emit", withState = true)
    default long widened(long most, int x) {
        return Math.max(most, x);
    }

    @Sink void widest(Accumulated<Long, Long> widest);
}
