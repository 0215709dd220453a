package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One branch per asynchronous stage, each failing for one element: an asynchronous sink
 * ({@code write}, whose function the test supplies), a sink after a delay, after a rate limit,
 * a mapAsync call, a sink after a buffer, and a synchronous sink for a foreign-thread emit.
 * NoFailureGoesNowhereTest emits without ever awaiting and finds each failure reported.
 */
@Pipeline
public interface NeverAwaited {
    @Source
    CompletionStage<Void> emit(int x);

    @Sink(from = "emit")
    CompletionStage<Void> write(int x);

    @Delay(value = 100, from = "emit")
    int later(int x);

    @Sink
    void delayed(int x);

    @RateLimit(value = 100, from = "emit")
    int paced(int x);

    @Sink
    void pacedOut(int x);

    @MapAsync(value = 2, from = "emit")
    default CompletionStage<Integer> lookup(int x) {
        return x == 4
                ? CompletableFuture.failedFuture(new IllegalStateException("lookup failed on 4"))
                : CompletableFuture.completedFuture(x);
    }

    @Sink
    void looked(int x);

    @Buffer(value = 4, from = "emit")
    int queued(int x);

    @Sink
    void buffered(int x);

    @Sink(from = "emit")
    void direct(int x);
}
