package io.streamz;

import java.math.BigDecimal;
import java.time.Duration;

/** Intervals in the API: {@link Duration}, or seconds as a double where streamz users write {@code 0.010}. */
final class Durations {
    private Durations() {}

    /**
     * {@code seconds} as a Duration, checked as {@link Preconditions#seconds} checks it (at least
     * zero, at most {@link EventLoop#MAX_DELAY}); {@code what} is {@code "operator: argument"}.
     */
    static Duration ofSeconds(double seconds, String what) {
        int colon = what.indexOf(": ");
        return colon < 0
                ? Preconditions.seconds(what, "seconds", seconds, false)
                : Preconditions.seconds(what.substring(0, colon), what.substring(colon + 2), seconds, false);
    }

    /**
     * {@code d}, checked as {@link Preconditions#duration} checks it; {@code what} is
     * {@code "operator: argument"}.
     */
    static Duration check(Duration d, String what, boolean positive) {
        int colon = what.indexOf(": ");
        return colon < 0
                ? Preconditions.duration(what, "duration", d, positive)
                : Preconditions.duration(what.substring(0, colon), what.substring(colon + 2), d, positive);
    }

    /** Seconds as streamz prints an interval in a label: {@code 0.05}, {@code 2}. */
    static String label(Duration d) {
        return BigDecimal.valueOf(d.getSeconds())
                .add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
