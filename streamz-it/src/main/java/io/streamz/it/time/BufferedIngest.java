package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * A buffer in front of a delay: the buffer hands on one element at a time, each after the
 * previous one's delay, so outputs are spaced; the emit's stage completes once the buffer took
 * the element. parse throws before the buffer, label after the delay.
 */
@Pipeline
public interface BufferedIngest {
    @Source
    CompletionStage<Void> emit(String line);

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Filter
    default boolean notZero(int x) {
        return x != 0;
    }

    @Buffer(3)
    int queued(int x);

    @Delay(100)
    int spaced(int x);

    @Map
    default String label(int x) {
        if (x == 13) {
            throw new IllegalArgumentException("label refuses 13");
        }
        return "#" + x;
    }

    @Sink
    void out(String label);
}
