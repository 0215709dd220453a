package io.streamz.it.diff;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Mostly filters: few elements make it through, and one predicate throws on some. */
@Pipeline
public interface FilterHeavy {
    @Source
    void emit(long x);

    @Filter
    default boolean positive(long x) {
        return x > 0;
    }

    @Map
    default long third(long x) {
        return x / 3;
    }

    @Filter
    default boolean odd(long x) {
        return (x & 1) == 1;
    }

    @Filter
    default boolean notMultipleOfFive(long x) {
        return x % 5 != 0;
    }

    @Map
    default long mix(long x) {
        return (x * x + 17) % 1_000_003;
    }

    @Filter
    default boolean large(long x) {
        return x > 100;
    }

    @Filter
    default boolean checked(long x) {
        if (x % 97 == 0) {
            throw new IllegalStateException("checked refuses " + x);
        }
        return x % 3 != 1;
    }

    @Sink
    void out(long x);
}
