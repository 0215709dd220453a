package io.streamz.it.docs;

import io.streamz.annotations.*;

/** The README's quickstart pipeline, also the first pipeline of docs/pipelines.md, word for word. */
@Pipeline
public interface Totals {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @Filter default boolean large(int x) { return x > 100; }
    @Accumulate(start = "zero") default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
