package io.streamz;

import java.math.BigDecimal;
import java.time.Duration;

/** Intervals in labels: a {@link Duration} printed in seconds, as streamz prints one. */
final class Durations {
    private Durations() {}

    /** Seconds as streamz prints an interval in a label: {@code 0.05}, {@code 2}. */
    static String label(Duration d) {
        return BigDecimal.valueOf(d.getSeconds())
                .add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
