package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Asynchronous sinks: {@code store} straight after the parse (the emit's stage waits for its
 * write), {@code archive} behind a buffer (its failures go to the loop), and a default one on a
 * {@code void} source that fails its stage for empty notes (reported to the loop) and throws for
 * "!" (thrown to a caller on the loop thread). The test's write functions complete later on the
 * loop, or fail.
 */
@Pipeline
public interface AsyncWrites {
    @Source
    CompletionStage<Void> emit(String line);

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Sink
    CompletionStage<Void> store(int x);

    @Buffer(value = 3, from = "parse")
    Integer queued(int x);

    @Sink
    CompletionStage<?> archive(long x);

    @Source
    void note(String text);

    @Sink
    default CompletionStage<Void> notes(String text) {
        if (text.equals("!")) {
            throw new IllegalArgumentException("notes refuses '!'");
        }
        return text.isEmpty()
                ? CompletableFuture.failedFuture(new IllegalStateException("empty note"))
                : CompletableFuture.completedFuture(null);
    }
}
