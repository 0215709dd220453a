package io.streamz.it.diff;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/**
 * Two sources fed unevenly into two zips: one emitting the tuple, one combining it in place
 * (zip then map, fused). A map before the join throws on some inputs, so that input never
 * reaches the zip buffers.
 */
@Pipeline
public interface ZipTwoSources {
    @Source
    void numbers(int x);

    @Map
    default int doubled(int x) {
        if (x % 89 == 0) {
            throw new IllegalArgumentException("doubled refuses " + x);
        }
        return 2 * x;
    }

    @Source
    void words(String word);

    @Map
    default int length(String word) {
        return word.length();
    }

    @Zip(from = {"doubled", "words"})
    List<Object> pair(int number, String word);

    @Sink
    void pairs(List<Object> pair);

    @Zip(from = {"doubled", "length"})
    default long weighted(int number, int length) {
        return (long) number * length;
    }

    @Sink
    void weights(long weight);
}
