package com.acme;

import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * mapAsync with stopOnException (streamz's stop_on_exception=True): a failed call stops the
 * stage until start(), which the interface declares and both generated classes implement,
 * resuming both stopping stages; a third mapAsync is not stopped by its failures.
 */
@Pipeline
public interface Enrich {
    @Source CompletionStage<Void> emit(int id);

    @MapAsync(value = 2, stopOnException = true)
    default CompletionStage<String> lookup(int id) {
        return id < 0 ? CompletableFuture.failedFuture(new IllegalArgumentException("no user " + id))
                : CompletableFuture.completedFuture("user-" + id);
    }

    @MapAsync(stopOnException = true)
    default CompletionStage<String> tag(String user) {
        return CompletableFuture.completedFuture(user + "!");
    }

    @MapAsync(from = "lookup")
    default CompletionStage<Integer> size(String user) {
        return CompletableFuture.completedFuture(user.length());
    }

    @Sink(from = "tag") void out(String tagged);

    @Sink(from = "size") void sizes(int size);

    void start();
}
