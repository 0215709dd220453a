package io.streamz.it.seed;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Holds a nested pipeline, whose generated class is named {@code Streamz_Nesting_Evens}. */
public final class Nesting {
    private Nesting() {}

    /** Keeps the even numbers. */
    @Pipeline
    public interface Evens {
        @Source
        void emit(long x);

        @Filter
        default boolean even(long x) {
            return x % 2 == 0;
        }

        @Sink
        void out(long x);
    }
}
