package com.acme;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * accumulate reset by another stage (streamz PR #249): by a second source, and by a filter on
 * the accumulated source declared before the accumulate (so a negative element first resets
 * 'seen', then is accumulated), a state-returning accumulate whose start object a reset reuses.
 */
@Pipeline
public interface Resets {
    @Source void emit(int x);

    @Source void clear(String why);

    @Filter(from = "emit")
    default boolean negative(int x) {
        return x < 0;
    }

    @Accumulate(from = "emit", start = "zero", resetBy = "clear")
    default long total(long sum, int x) {
        return sum + x;
    }

    static long zero() {
        return 0L;
    }

    @Sink void totals(long total);

    @Accumulate(from = "emit", start = "none", returnsState = true, resetBy = "negative")
    default Accumulated<List<Integer>, Integer> seen(List<Integer> seen, int x) {
        List<Integer> next = new ArrayList<>(seen);
        next.add(x);
        return Accumulated.of(next, next.size());
    }

    default List<Integer> none() {
        return List.of();
    }

    @Sink void sizes(int size);
}
