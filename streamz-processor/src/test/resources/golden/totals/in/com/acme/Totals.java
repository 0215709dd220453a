package com.acme;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

@Pipeline
public interface Totals {
    @Source void emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter default boolean large(int x) {
        return x > 100;
    }

    @Accumulate(start = "zero") default long total(long sum, int x) {
        return sum + x;
    }

    default long zero() {
        return 0L;
    }

    @Sink void out(long total);
}
