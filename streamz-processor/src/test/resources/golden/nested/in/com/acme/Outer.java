package com.acme;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;
import java.util.Map.Entry;

/** A nested pipeline with generic types: Outer.Counts generates Streamz_Outer_Counts. */
public class Outer {
    @Pipeline
    public interface Counts {
        @Source void emit(Entry<String, Integer> entry);

        @Filter default boolean positive(Entry<String, Integer> entry) {
            return entry.getValue() > 0;
        }

        @Map default List<String> keys(Entry<String, Integer> entry) {
            return List.of(entry.getKey());
        }

        @Sink void out(List<String> keys);

        @Map(from = "emit") default Object runParse(Entry<String, Integer> entry) {
            return entry;
        }

        @Sink void raw(Object entry);
    }
}
