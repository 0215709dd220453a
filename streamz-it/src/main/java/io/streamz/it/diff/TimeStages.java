package io.streamz.it.diff;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import java.util.List;

/**
 * The time and buffer stages off one source, run on an event loop: a delay, a rate limit
 * followed by a map that throws on some elements, a timed window summed by a map that throws on
 * some sums, and a buffer.
 */
@Pipeline
public interface TimeStages {
    @Source
    void emit(int x);

    @Delay(30)
    int delayed(int x);

    @Sink
    void delayedOut(int x);

    @RateLimit(value = 20, from = "emit")
    int limited(int x);

    @Map
    default int checked(int x) {
        if (x % 53 == 0) {
            throw new IllegalStateException("checked refuses " + x);
        }
        return x;
    }

    @Sink
    void limitedOut(int x);

    @TimedWindow(value = 50, from = "emit")
    List<Integer> window(int x);

    @Map
    default int windowSum(List<Integer> window) {
        int sum = 0;
        for (int x : window) {
            sum += x;
        }
        if (sum % 97 == 1) {
            throw new ArithmeticException("windowSum refuses " + sum);
        }
        return sum;
    }

    @Sink
    void windowSums(int sum);

    @Buffer(value = 3, from = "emit")
    int buffered(int x);

    @Sink
    void bufferedOut(int x);
}
