package io.streamz.bench;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The sink every implementation writes into: a running sum, read after each invocation and
 * returned to JMH, so no stage can be eliminated as dead code. One add per element: the same
 * small cost for every implementation.
 */
public final class Checksum implements IntConsumer, LongConsumer, DoubleConsumer {
    private long sum;
    private double doubleSum;

    @Override
    public void accept(int value) {
        sum += value;
    }

    @Override
    public void accept(long value) {
        sum += value;
    }

    @Override
    public void accept(double value) {
        doubleSum += value;
    }

    /** Everything received so far, as one long (the double sum by its bits). */
    public long value() {
        return sum ^ Double.doubleToLongBits(doubleSum);
    }
}
