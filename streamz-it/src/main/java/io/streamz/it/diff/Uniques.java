package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;

/**
 * unique with unbounded history, with an LRU history of 3, by key with a history of 4, by key
 * unbounded, and on longs (a map's output) with a history of 2: all on primitive histories in the
 * fused class, boxed ones in the twin.
 */
@Pipeline
public interface Uniques {
    @Source
    void emit(int x);

    @Unique
    int firstSeen(int x);

    @Sink
    void unbounded(int x);

    @Unique(history = 3, from = "emit")
    int recent(int x);

    @Sink
    void lastThree(int x);

    @Unique(history = 4, key = "lastDigit", from = "emit")
    int byLastDigit(int x);

    default int lastDigit(int x) {
        if (x == 77) {
            throw new IllegalArgumentException("lastDigit refuses " + x);
        }
        return Math.floorMod(x, 10);
    }

    @Sink
    void lastDigits(int x);

    @Unique(key = "tens", from = "emit")
    int firstOfItsTen(int x);

    default int tens(int x) {
        return x / 10;
    }

    @Sink
    void firstsOfTens(int x);

    @Map(from = "emit")
    default long spread(int x) {
        return x * 3_000_000_007L;
    }

    @Unique(history = 2)
    long recentSpread(long x);

    @Sink
    void spreads(long x);
}
