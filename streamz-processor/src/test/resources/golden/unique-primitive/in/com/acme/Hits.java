package com.acme;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;

/** unique over unboxed ints and longs keeps a primitive history; over boxed elements, the boxed one. */
@Pipeline
public interface Hits {
    @Source void hit(int id);

    @Unique(history = 100) int recent(int id);

    @Sink void recentIds(int id);

    @Filter(from = "hit") default boolean positive(int id) {
        return id > 0;
    }

    @Unique int everSeen(int id);

    @Sink void newIds(int id);

    @Map(from = "hit") default long session(int id) {
        return id * 31L;
    }

    @Unique(history = 2) long lastTwo(long session);

    @Sink void sessions(long session);

    @Source void boxed(Integer id);

    @Unique(history = 3) Integer recentBoxed(Integer id);

    @Sink void boxedIds(Integer id);
}
