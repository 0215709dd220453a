package com.example.modular;

import io.streamz.annotations.*;

@Pipeline
public interface Totals {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @Filter default boolean large(int x) { return x > 100; }
    @Accumulate(start = "zero") default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
