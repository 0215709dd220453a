package io.streamz.source;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Small checks and formats shared by the drivers. */
final class Texts {
    private Texts() {}

    /** Seconds as streamz prints an interval in a label: {@code 0.1}, {@code 2}. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds())
                .add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@code d}, checked to be strictly positive. */
    static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be > 0, not " + d);
        }
        return d;
    }
}
