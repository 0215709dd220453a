package com.acme;

import io.streamz.annotations.Flatten;
import io.streamz.annotations.Map;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import java.util.List;

/**
 * Names and shapes the generator must not trip over: members called like generated ones, a
 * stage called builder, varargs, and windows declaring a wider element type than they receive.
 */
@Pipeline
public interface Clashes {
    @Source void emit(String... words);

    @Flatten String word(String... words);

    @Map default int runWord(String word) {
        return word.length();
    }

    @Sink default void builder(int length) {
        requireSink(length);
    }

    default void requireSink(int length) {
        Integer.toString(length);
    }

    @Partition(value = 2, from = "word") List<CharSequence> pairs(CharSequence word);

    @Sink void out(List<CharSequence> pair);

    @SlidingWindow(value = 2, returnPartial = true, from = "word") List<Object> recent(Object word);

    @Sink void windows(List<Object> window);
}
