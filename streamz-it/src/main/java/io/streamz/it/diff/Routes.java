package io.streamz.it.diff;

import io.streamz.FailedElement;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * {@link KeyedRoutes} without the key: the fused class routes the same failures of the same
 * stages, so on inputs of one sensor it and the keyed pipeline's engine body agree.
 */
@Pipeline
public interface Routes {
    @Source
    void readings(KeyedRoutes.Reading reading);

    @Map
    default KeyedRoutes.Reading trimmed(KeyedRoutes.Reading reading) {
        return new KeyedRoutes.Reading(reading.sensor(), trimText(reading.text()));
    }

    @Map
    default int parse(KeyedRoutes.Reading reading) {
        return parseText(reading.text());
    }

    @Filter
    default boolean positive(int x) {
        return isPositive(x);
    }

    @Accumulate(start = "zero")
    default long total(long sum, int x) {
        return add(sum, x);
    }

    static long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);

    @OnFailure(from = {"parse", "positive", "total", "totals"})
    void rejected(FailedElement failure);

    @OnFailure(from = "trimmed")
    void audit(FailedElement failure);

    /** The text trimmed; an empty text throws. */
    static String trimText(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty reading");
        }
        return text.trim();
    }

    /** The text as an int (a NumberFormatException for anything else). */
    static int parseText(String text) {
        return Integer.parseInt(text);
    }

    /** Whether {@code x} is positive; zero throws. */
    static boolean isPositive(int x) {
        if (x == 0) {
            throw new IllegalArgumentException("zero");
        }
        return x > 0;
    }

    /** The sum, overflow throwing; 13 and 14 are unlucky. */
    static long add(long sum, int x) {
        if (x == 13 || x == 14) {
            throw new ArithmeticException("unlucky " + x);
        }
        return Math.addExact(sum, x);
    }
}
