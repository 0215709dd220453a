package com.acme;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** The seed's running total, source.accumulate(add).sink(print), as a pipeline. */
@Pipeline
public interface RunningTotal {
    @Source void emit(int x);

    @Accumulate default int total(int sum, int x) {
        return sum + x;
    }

    @Sink void out(int total);
}
