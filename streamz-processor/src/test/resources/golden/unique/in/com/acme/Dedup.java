package com.acme;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;

/** unique, unbounded and as an LRU of two keys computed by a key method. */
@Pipeline
public interface Dedup {
    @Source void emit(String word);

    @Unique String firstSeen(String word);

    @Sink void out(String word);

    @Unique(history = 2, key = "lower", from = "emit") String recentlyNew(String word);

    default String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    @Sink void recent(String word);
}
