package com.acme;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * async sink: a buffer in front of an asynchronous sink supplied to the builder (topology 6),
 * and a default asynchronous sink on a branch before the buffer, whose stage the emit waits for.
 */
@Pipeline
public interface Writes {
    @Source CompletionStage<Void> emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Buffer(100) int queued(int x);

    @Sink CompletionStage<Void> write(int x);

    @Sink(from = "parse") default CompletionStage<?> audit(int x) {
        if (x == 7) {
            throw new IllegalStateException("audit refuses 7");
        }
        return x > 200 ? CompletableFuture.failedFuture(new IllegalArgumentException("too large: " + x))
                : CompletableFuture.completedFuture(x);
    }
}
