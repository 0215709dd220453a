package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/** The seed's zip: both inputs come from one source, so the fused class pairs them in locals. */
@Pipeline
public interface IncDecSum {
    @Source
    void emit(int x);

    @Map
    default int inc(int x) {
        return x + 1;
    }

    @Sink(from = "emit")
    void seen(int x);

    @Map(from = "emit")
    default List<String> words(int x) {
        return List.of(String.valueOf(x));
    }

    @Zip(from = {"inc", "emit", "words"})
    default String sum(int inc, int x, List<String> words) {
        return inc + x + " " + words;
    }

    @Sink
    void out(String sum);
}
