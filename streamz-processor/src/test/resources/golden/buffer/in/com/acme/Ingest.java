package com.acme;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** buffer: map and filter fused up to the buffer, the rest fused after it, run from the loop. */
@Pipeline
public interface Ingest {
    @Source void emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter default boolean positive(int x) {
        return x > 0;
    }

    @Buffer(100) int queued(int x);

    @Map default long squared(int x) {
        return (long) x * x;
    }

    @Sink void out(long x);
}
