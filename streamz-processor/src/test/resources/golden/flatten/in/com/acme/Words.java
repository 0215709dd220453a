package com.acme;

import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** flatten as a loop over an Iterable and over an array; the loop calls the next segment. */
@Pipeline
public interface Words {
    @Source void lines(String line);

    @Map default List<String> split(String line) {
        return List.of(line.split(" "));
    }

    @Flatten String words(List<String> words);

    @Map default int length(String word) {
        return word.length();
    }

    @Sink void lengths(int length);

    @Map(from = "lines") default char[] chars(String line) {
        return line.toCharArray();
    }

    @Flatten char letters(char[] chars);

    @Sink void out(char letter);
}
