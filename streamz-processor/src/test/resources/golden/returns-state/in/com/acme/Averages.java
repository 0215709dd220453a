package com.acme;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** accumulate with returnsState: the state is kept, the value emitted; with and without start. */
@Pipeline
public interface Averages {
    @Source void emit(double x);

    @Accumulate(start = "empty", returnsState = true)
    default Accumulated<double[], Double> mean(double[] sumAndCount, double x) {
        double[] next = {sumAndCount[0] + x, sumAndCount[1] + 1};
        return Accumulated.of(next, next[0] / next[1]);
    }

    static double[] empty() {
        return new double[2];
    }

    @Sink void means(double mean);

    @Accumulate(from = "emit", returnsState = true)
    default Accumulated<Double, Double> delta(Double previous, Double x) {
        return Accumulated.of(x, x - previous);
    }

    @Sink void deltas(Double delta);
}
