package com.acme;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** delay with two branches after it, and a branch that needs no loop. */
@Pipeline
public interface Later {
    @Source void emit(int x);

    @Delay(500) int later(int x);

    @Map default String label(int x) {
        return "#" + x;
    }

    @Sink void labels(String label);

    @Accumulate(from = "later") default int total(int sum, int x) {
        return sum + x;
    }

    @Sink void totals(int total);

    @Sink(from = "emit") void now(int x);
}
