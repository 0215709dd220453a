package io.streamz.it.diff;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.Arrays;
import java.util.List;

/** Lines split into words (a List) and into characters (an array), each flattened one level. */
@Pipeline
public interface Flattening {
    @Source
    void emit(String line);

    @Map
    default List<String> words(String line) {
        if (line.startsWith("!")) {
            throw new IllegalArgumentException("words refuses " + line);
        }
        if (line.startsWith("?")) {
            return null; // not iterable: flatten fails, naming itself (Cases.flattening, BadInputTest)
        }
        return Arrays.asList(line.split(" "));
    }

    @Flatten
    String word(List<String> words);

    @Filter
    default boolean notEmpty(String word) {
        return !word.isEmpty();
    }

    @Map
    default String upper(String word) {
        return word.toUpperCase(java.util.Locale.ROOT);
    }

    @Sink
    void out(String word);

    @Map(from = "emit")
    default Character[] characters(String line) {
        Character[] characters = new Character[line.length()];
        for (int i = 0; i < characters.length; i++) {
            characters[i] = line.charAt(i);
        }
        return characters;
    }

    @Flatten
    Character character(Character[] characters);

    @Sink
    void chars(Character c);
}
