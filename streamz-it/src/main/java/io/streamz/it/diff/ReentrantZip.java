package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;

/**
 * A lock-step zip whose second input's stage re-enters the pipeline's own source (issue 10,
 * defect 10): the fused class must pair as the interpreted zip does, the outer call's first
 * value before the re-entering call's.
 */
@Pipeline
public interface ReentrantZip {
    @Source
    void emit(int x);

    @Map
    default int inc(int x) {
        return x + 1;
    }

    @Map(from = "emit")
    default int dec(int x) {
        if (x % 10 == 0 && x < 1000) {
            emit(x * 10);
        }
        return x - 1;
    }

    @Sink(from = "emit")
    void seen(int x);

    @Zip(from = {"inc", "dec"})
    default String pair(int inc, int dec) {
        return inc + "/" + dec;
    }

    @Sink
    void out(String pair);
}
