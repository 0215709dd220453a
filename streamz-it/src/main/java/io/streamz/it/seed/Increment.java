package io.streamz.it.seed;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** The seed's first example: {@code source.map(increment).sink(print)}; emits 1, 2, 10 print 2, 3, 11. */
@Pipeline
public interface Increment {
    @Source
    void emit(int x);

    @Map
    default int increment(int x) {
        return x + 1;
    }

    @Sink
    void out(int x);
}
