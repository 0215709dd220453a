package io.streamz.it.seed;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/**
 * The seed's join, {@code a.zip(b).map(sum).sink(print)} with {@code a = source.map(increment)}
 * and {@code b = source.map(decrement)}: emitting 10 prints 20 (11 + 9).
 */
@Pipeline
public interface ZipSum {
    @Source
    void emit(int x);

    @Map
    default int increment(int x) {
        return x + 1;
    }

    @Map(from = "emit")
    default int decrement(int x) {
        return x - 1;
    }

    @Zip(from = {"increment", "decrement"})
    List<Object> pair(int incremented, int decremented);

    @Map
    default int sum(List<Object> pair) {
        int total = 0;
        for (Object x : pair) {
            total += (Integer) x;
        }
        return total;
    }

    @Sink
    void out(int sum);
}
