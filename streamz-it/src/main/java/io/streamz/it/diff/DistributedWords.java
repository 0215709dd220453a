package io.streamz.it.diff;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.Arrays;
import java.util.List;

/**
 * A distributed pipeline without keys (stateless): its fused class and its {@code Engine} body on a
 * {@code LocalEngine} must agree. A line "!" makes {@code words} throw.
 */
@Pipeline(distributed = true)
public interface DistributedWords {
    @Source
    void lines(String line);

    @Map
    default List<String> words(String line) {
        if (line.equals("!")) {
            throw new IllegalArgumentException("no words in !");
        }
        return Arrays.asList(line.split(" "));
    }

    @Flatten
    String word(List<String> words);

    @Filter
    default boolean nonEmpty(String word) {
        return !word.isEmpty();
    }

    @Sink
    void out(String word);

    @Map(from = "lines")
    default int length(String line) {
        return line.length();
    }

    @Sink
    void lengths(int length);
}
