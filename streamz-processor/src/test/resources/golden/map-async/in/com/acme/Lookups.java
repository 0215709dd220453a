package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * mapAsync: up to 3 lookups in flight (the int id widened to long), results in input order from
 * the loop to a sink and to an asynchronous sink.
 */
@Pipeline
public interface Lookups {
    @Source CompletionStage<Void> emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @MapAsync(3) default CompletionStage<String> lookup(long id) {
        if (id == 7) {
            throw new IllegalStateException("lookup refuses 7");
        }
        return id > 200 ? CompletableFuture.failedFuture(new IllegalArgumentException("no user " + id))
                : CompletableFuture.completedFuture("user-" + id);
    }

    @Sink void out(String user);

    @Sink(from = "lookup") CompletionStage<Void> store(String user);
}
