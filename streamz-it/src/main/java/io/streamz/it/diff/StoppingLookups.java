package io.streamz.it.diff;

import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code @MapAsync(stopOnException = true)} (streamz's {@code stop_on_exception}) on an event
 * loop: {@code lookup}'s calls fail now and then (a failed stage, or thrown), each failure
 * stopping it until {@link #start()}; {@code measure}, after it, stops too when it fails;
 * {@code plain}, beside it, is not stopped by its failures.
 */
@Pipeline
public interface StoppingLookups {
    @Source
    CompletionStage<Void> emit(int x);

    @MapAsync(value = 2, stopOnException = true)
    default CompletionStage<String> lookup(int x) {
        if (Math.floorMod(x, 13) == 5) {
            throw new IllegalStateException("lookup refuses " + x);
        }
        return Math.floorMod(x, 11) == 3
                ? CompletableFuture.failedFuture(new IllegalArgumentException("no entry for " + x))
                : CompletableFuture.completedFuture("v" + x);
    }

    @MapAsync(stopOnException = true)
    default CompletionStage<Integer> measure(String value) {
        return value.endsWith("9")
                ? CompletableFuture.failedFuture(new IllegalStateException("measure refuses " + value))
                : CompletableFuture.completedFuture(value.length());
    }

    @Sink
    void out(int length);

    @MapAsync(from = "emit")
    default CompletionStage<Integer> plain(int x) {
        return x % 9 == 0
                ? CompletableFuture.failedFuture(new IllegalArgumentException("plain refuses " + x))
                : CompletableFuture.completedFuture(x);
    }

    @Sink
    void plainOut(int x);

    /** Resumes the stopped stages, implemented by the generated classes. */
    void start();
}
