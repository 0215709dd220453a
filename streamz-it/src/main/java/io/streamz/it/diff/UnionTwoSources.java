package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Union;

/** Two sources merged by union in arrival order, then transformed; the map after the union throws on some. */
@Pipeline
public interface UnionTwoSources {
    @Source
    void left(int x);

    @Map
    default int negated(int x) {
        return -x;
    }

    @Source
    void right(int x);

    @Union(from = {"negated", "right"})
    int merged(int x);

    @Map
    default String label(int x) {
        if (x == 0) {
            throw new IllegalArgumentException("label refuses zero");
        }
        return (x < 0 ? "L" : "R") + Math.abs(x);
    }

    @Sink
    void out(String label);
}
