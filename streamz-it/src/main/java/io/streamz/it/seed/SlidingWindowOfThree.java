package io.streamz.it.seed;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import java.util.List;

/**
 * The seed's {@code source.sliding_window(3).sink(print)}: full windows only, so emits 1..5
 * print [1, 2, 3], [2, 3, 4], [3, 4, 5].
 */
@Pipeline
public interface SlidingWindowOfThree {
    @Source
    void emit(int x);

    @SlidingWindow(3)
    List<Integer> window(int x);

    @Sink
    void out(List<Integer> window);
}
