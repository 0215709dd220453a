package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import java.util.List;

/**
 * slidingWindow: full windows only, and with returnPartial the first partial ones too; over a
 * primitive long, the window keeps a primitive ring.
 */
@Pipeline
public interface Windows {
    @Source void emit(String x);

    @SlidingWindow(3) List<String> lastThree(String x);

    @Map default String joined(List<String> window) {
        return String.join("", window);
    }

    @Sink void out(String joined);

    @SlidingWindow(value = 2, returnPartial = true, from = "emit") List<String> lastTwo(String x);

    @Sink void partial(List<String> window);

    @Map(from = "emit") default long length(String x) {
        return x.length();
    }

    @SlidingWindow(2) List<Long> lengths(long length);

    @Sink void lengthPairs(List<Long> window);
}
