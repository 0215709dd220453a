package com.acme;

import io.streamz.FailedElement;
import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An asynchronous sink, a map and a mapAsync routing their failures to one dead-letter sink. */
@Pipeline
public interface DeadLetters {
    @Source CompletionStage<Void> emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Sink CompletionStage<Void> store(int x);

    @MapAsync(value = 2, from = "parse") default CompletionStage<String> lookup(int id) {
        return id < 0 ? CompletableFuture.failedFuture(new IllegalArgumentException("no user " + id))
                : CompletableFuture.completedFuture("user-" + id);
    }

    @Sink void found(String user);

    @OnFailure void deadLetter(FailedElement failure);
}
