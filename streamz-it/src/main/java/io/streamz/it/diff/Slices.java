package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Slice;
import io.streamz.annotations.Source;

/**
 * slice without an end, with one, with an end of 0 (nothing passes), and on the strings of a map
 * that fails now and then (positions count what reached the slice): the fused class's positions
 * against the twin's {@code Stream.slice}, which also detaches past its end.
 */
@Pipeline
public interface Slices {
    @Source
    void emit(int x);

    @Slice(start = 1, step = 2)
    int odd(int x);

    @Sink
    void odds(int x);

    @Slice(from = "emit", start = 2, end = 9, step = 3)
    int some(int x);

    @Sink
    void picked(int x);

    @Slice(from = "emit", end = 0)
    int none(int x);

    @Sink
    void nothing(int x);

    @Map(from = "emit")
    default String text(int x) {
        if (x == 13) {
            throw new IllegalArgumentException("text refuses " + x);
        }
        return "#" + x;
    }

    @Slice(end = 5)
    String firstFive(String s);

    @Sink
    void texts(String s);
}
