package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import java.util.List;

/** Sliding windows with and without the partial first windows; a map after one window throws on some. */
@Pipeline
public interface Windows {
    @Source
    void emit(int x);

    @SlidingWindow(4)
    List<Integer> full(int x);

    @Sink
    void fullWindows(List<Integer> window);

    @SlidingWindow(value = 3, returnPartial = true, from = "emit")
    List<Integer> partial(int x);

    @Map
    default int sum(List<Integer> window) {
        int total = 0;
        for (int x : window) {
            total += x;
        }
        if (total % 101 == 0 && total != 0) {
            throw new ArithmeticException("sum refuses " + total);
        }
        return total;
    }

    @Sink
    void sums(int sum);
}
