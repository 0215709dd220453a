package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Union;

/** union of two sources, in arrival order; its downstream is one method both call. */
@Pipeline
public interface Merge {
    @Source void left(String x);

    @Source void right(String x);

    @Union(from = {"left", "right"}) String both(String x);

    @Map default String upper(String x) {
        return x.toUpperCase(java.util.Locale.ROOT);
    }

    @Sink void out(String x);
}
