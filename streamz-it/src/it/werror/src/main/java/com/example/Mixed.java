package com.example;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Union;
import io.streamz.annotations.Unique;
import io.streamz.annotations.Zip;
import java.util.List;

/** Shapes that stress the generator: widening, generic members, unions of different types, joins of three. */
@Pipeline
public interface Mixed {
    @Source void ints(int x);

    @Source void longs(long x);

    @Source void texts(String text);

    @Union(from = {"ints", "longs"}) Number numbers(Number n);

    @Map default String describe(Number n) {
        return n.getClass().getSimpleName() + n;
    }

    @Accumulate default CharSequence longest(CharSequence best, String s) {
        return s.length() > best.length() ? s : best;
    }

    @Sink void longests(CharSequence best);

    @Accumulate(from = "ints", returnsState = true)
    default Accumulated<Integer, Integer> change(Integer previous, Integer x) {
        return Accumulated.of(x, x - previous);
    }

    @Sink void changes(Object change);

    @Map(from = "texts") default List<String> chars(String text) {
        return List.of(text.split(""));
    }

    @Zip(from = {"chars", "ints", "texts"})
    default String combined(List<String> chars, int x, String text) {
        return chars.size() + ":" + x + ":" + text;
    }

    @Sink default void ignore(String combined) {
        combined.length();
    }

    @Partition(value = 2, from = "chars") List<List<String>> pairs(List<String> chars);

    @Filter default boolean notEmpty(List<List<String>> pair) {
        return !pair.get(0).isEmpty();
    }

    @Flatten List<String> members(List<List<String>> pair);

    @Flatten String letters(List<String> member);

    @Unique(key = "length") String firstOfLength(String letter);

    default int length(String s) {
        return s.length();
    }

    @Sink void firsts(String letter);
}
