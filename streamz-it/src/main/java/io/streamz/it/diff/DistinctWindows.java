package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindowUnique;
import java.util.List;

/**
 * timedWindowUnique on an event loop: the distinct elements of each window, summed by a map that
 * throws on some sums (a failure on the loop, and the windows keep coming); by a key method that
 * throws on some elements (the emit fails), keeping the first of each key; and keeping the latest,
 * by key and without one.
 */
@Pipeline
public interface DistinctWindows {
    @Source
    void emit(int x);

    @TimedWindowUnique(40)
    List<Integer> distinct(int x);

    @Map
    default int distinctSum(List<Integer> window) {
        int sum = 0;
        for (int x : window) {
            sum += x;
        }
        if (sum % 89 == 1) {
            throw new ArithmeticException("distinctSum refuses " + sum);
        }
        return sum;
    }

    @Sink
    void sums(int sum);

    @TimedWindowUnique(value = 30, key = "tens", from = "emit")
    List<Integer> firstOfTens(int x);

    default int tens(int x) {
        if (x == 77) {
            throw new IllegalArgumentException("tens refuses " + x);
        }
        return x / 10;
    }

    @Sink
    void firsts(List<Integer> window);

    @TimedWindowUnique(value = 25, key = "parity", keepLast = true, from = "emit")
    List<Integer> latestByParity(int x);

    default int parity(int x) {
        return x % 2;
    }

    @Sink
    void latests(List<Integer> window);

    @TimedWindowUnique(value = 35, keepLast = true, from = "emit")
    List<Integer> latestDistinct(int x);

    @Sink
    void latestWindows(List<Integer> window);
}
