package io.streamz;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Intervals in the API: {@link Duration}, or seconds as a double where streamz users write {@code 0.010}. */
final class Durations {
    private Durations() {}

    /** {@code seconds} as a Duration, to the nanosecond. */
    static Duration ofSeconds(double seconds, String what) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException(what + " must be a finite number of seconds >= 0, not " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** {@code d}, checked to be at least zero (or strictly positive). */
    static Duration check(Duration d, String what, boolean positive) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || (positive && d.isZero())) {
            throw new IllegalArgumentException(what + " must be " + (positive ? "> 0" : ">= 0") + ", not " + d);
        }
        return d;
    }

    /** Seconds as streamz prints an interval in a label: {@code 0.05}, {@code 2}. */
    static String label(Duration d) {
        return BigDecimal.valueOf(d.getSeconds())
                .add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
