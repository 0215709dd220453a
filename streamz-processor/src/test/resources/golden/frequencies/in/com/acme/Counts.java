package com.acme;

import io.streamz.annotations.Frequencies;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.Map;

/** frequencies: the counts so far after each element, of objects and of unboxed ints. */
@Pipeline
public interface Counts {
    @Source void emit(String word);

    @Frequencies Map<String, Long> counts(String word);

    @Sink void out(Map<String, Long> counts);

    @Source void sizes(int size);

    @Frequencies Map<Integer, Long> sizeCounts(int size);

    @Sink void sized(Map<Integer, Long> counts);
}
