package com.acme;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Slice;
import io.streamz.annotations.Source;

/** slice: Python's slicing over the positions of the elements, with and without an end. */
@Pipeline
public interface Slices {
    @Source void emit(int x);

    @Slice(start = 1, step = 2) int odd(int x);

    @Sink void out(int x);

    @Slice(from = "emit", start = 2, end = 8, step = 3) int some(int x);

    @Sink void picked(int x);
}
