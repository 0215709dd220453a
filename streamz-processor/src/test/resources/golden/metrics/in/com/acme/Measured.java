package com.acme;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/** metrics = true: counters per stage, a failure count in each guard, a buffer's depth, sink latency. */
@Pipeline(metrics = true)
public interface Measured {
    @Source void lines(String line);

    @Map default List<String> words(String line) {
        return List.of(line.split(" "));
    }

    @Flatten String word(List<String> words);

    @Filter default boolean longWord(String word) {
        return word.length() > 2;
    }

    @Buffer(4) String queued(String word);

    @Sink void out(String word);

    @Source void counts(int count);

    @Zip(from = {"lines", "counts"}) default String pair(String line, int count) {
        return line + "=" + count;
    }

    @Sink void pairs(String pair);
}
