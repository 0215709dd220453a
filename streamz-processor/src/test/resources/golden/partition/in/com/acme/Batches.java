package com.acme;

import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** partition(n) and partition(n, key): a fresh list per emission, no allocation per element otherwise. */
@Pipeline
public interface Batches {
    @Source void emit(int x);

    @Partition(3) List<Integer> triples(int x);

    @Sink void out(List<Integer> triple);

    @Partition(value = 2, key = "parity", from = "emit") List<Integer> pairsByParity(int x);

    default boolean parity(int x) {
        return x % 2 == 0;
    }

    @Sink void byParity(List<Integer> pair);
}
