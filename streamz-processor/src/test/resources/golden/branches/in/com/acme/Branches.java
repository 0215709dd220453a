package com.acme;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Two branches of one stage run depth-first in declaration order, each with its own early return. */
@Pipeline
public interface Branches {
    @Source void emit(int x);

    @Map default int inc(int x) {
        return x + 1;
    }

    @Filter default boolean even(int x) {
        return x % 2 == 0;
    }

    @Sink void evens(int x);

    @Map(from = "inc") default double half(int x) {
        return x / 2.0;
    }

    @Sink void halves(double x);

    @Map(from = "emit") default String label(int x) {
        return "#" + x;
    }

    @Sink void labels(String label);
}
