package io.streamz.it.diff;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * accumulate reset by another stage (streamz PR #249): by a second source; by a filter whose
 * branch runs before the accumulate's in the same emit (a negative element resets 'seen', then is
 * accumulated into it); and by a filter whose branch runs after it ('doubled' feeds 'largest'
 * first, then 'big' resets it). 'seen' mutates its start object, which a reset reuses as it is;
 * 'big' and 'total' fail now and then (a failing reset stage stops the emit's later branches).
 */
@Pipeline
public interface ResettableFolds {
    @Source
    void emit(int x);

    @Source
    void clear(String why);

    @Filter(from = "emit")
    default boolean negative(int x) {
        return x < 0;
    }

    @Map(from = "emit")
    default int doubled(int x) {
        return 2 * x;
    }

    @Filter(from = "emit")
    default boolean big(int x) {
        if (x == 19) {
            throw new IllegalStateException("big refuses " + x);
        }
        return x > 20;
    }

    @Accumulate(from = "emit", start = "zero", withState = true, resetBy = "clear")
    default long total(long sum, int x) {
        if (x == 13) {
            throw new IllegalArgumentException("total refuses " + x);
        }
        return sum + x;
    }

    static long zero() {
        return 0L;
    }

    @Sink
    void totals(Accumulated<Long, Long> total);

    @Accumulate(from = "emit", start = "none", returnsState = true, resetBy = "negative")
    default Accumulated<List<Integer>, Integer> seen(List<Integer> seen, int x) {
        seen.add(x);
        return Accumulated.of(seen, seen.size());
    }

    default List<Integer> none() {
        return new ArrayList<>();
    }

    @Sink
    void sizes(int size);

    @Accumulate(from = "doubled", start = "floor", resetBy = "big")
    default int largest(int most, int x) {
        return Math.max(most, x);
    }

    default int floor() {
        return Integer.MIN_VALUE;
    }

    @Sink
    void largests(int largest);
}
