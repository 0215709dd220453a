package io.streamz.it.diff;

import io.streamz.FailedElement;
import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The error route of {@code @MapAsync}, on an event loop: {@code lookup}'s calls fail in every
 * way a call can (thrown, an {@code Error} thrown, a failed stage, a {@code null} stage) and,
 * with {@code checked} after it, route to {@code rejected} and go on; {@code plain}, which does
 * not route, reports its failures to the loop. The test's {@code rejected} refuses some failures,
 * which then reach the loop too.
 */
@Pipeline
public interface RoutedAsync {
    @Source
    void emit(int x);

    @MapAsync(2)
    default CompletionStage<String> lookup(int x) {
        switch (Math.floorMod(x, 10)) {
            case 0:
                throw new IllegalStateException("lookup refuses " + x);
            case 1:
                return CompletableFuture.failedFuture(new IllegalArgumentException("no entry for " + x));
            case 2:
                return null;
            case 3:
                throw new AssertionError("lookup asserts on " + x);
            default:
                return CompletableFuture.completedFuture("v" + x);
        }
    }

    @Map
    default String checked(String value) {
        if (value.endsWith("7")) {
            throw new IllegalStateException("checked refuses " + value);
        }
        return value;
    }

    @Sink
    void out(String value);

    @MapAsync(from = "emit")
    default CompletionStage<Integer> plain(int x) {
        return x % 9 == 0
                ? CompletableFuture.failedFuture(new IllegalArgumentException("plain refuses " + x))
                : CompletableFuture.completedFuture(x);
    }

    @Sink
    void plainOut(int x);

    @OnFailure(from = {"lookup", "checked"})
    void rejected(FailedElement failure);
}
