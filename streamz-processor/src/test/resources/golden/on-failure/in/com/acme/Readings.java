package com.acme;

import io.streamz.FailedElement;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * The error route: parse and positive route their failures to rejected and go on; total fails
 * (the default); out routes to audit, a sink with a body.
 */
@Pipeline
public interface Readings {
    @Source void emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter default boolean positive(int x) {
        if (x == 0) {
            throw new IllegalArgumentException("zero");
        }
        return x > 0;
    }

    @Accumulate default long total(long sum, int x) {
        return Math.addExact(sum, x);
    }

    @Sink void out(long total);

    @OnFailure(from = {"parse", "positive"}) void rejected(FailedElement failure);

    @OnFailure(from = "out") default void audit(FailedElement failure) {
        System.out.println(failure);
    }
}
