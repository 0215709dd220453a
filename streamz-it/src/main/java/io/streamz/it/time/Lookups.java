package io.streamz.it.time;

import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * mapAsync: up to 3 {@link Directory} lookups in flight, results in input order from the loop,
 * then a map that throws for one name (reported to the loop), a sink and an asynchronous sink.
 * parse throws to the caller; the emit's stage completes once the lookup has a slot.
 */
@Pipeline
public interface Lookups {
    @Source
    CompletionStage<Void> emit(String line);

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @MapAsync(3)
    default CompletionStage<String> lookup(long id) {
        return Directory.lookup(id);
    }

    @Map
    default String upper(String name) {
        if (name.equals("user-13")) {
            throw new IllegalArgumentException("upper refuses user-13");
        }
        return name.toUpperCase();
    }

    @Sink
    void out(String name);

    @Sink(from = "lookup")
    CompletionStage<Void> store(String name);
}
