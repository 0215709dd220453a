package io.streamz;

import java.util.concurrent.CompletableFuture;

/** Combines the back-pressure futures that downstream updates return; {@code null} means nothing pending. */
final class Futures {
    private Futures() {}

    /** Both pending futures as one; a future already completed normally counts as nothing pending. */
    static CompletableFuture<Void> and(CompletableFuture<Void> pending, CompletableFuture<Void> next) {
        if (next == null || (next.isDone() && !next.isCompletedExceptionally())) {
            return pending;
        }
        return pending == null ? next : CompletableFuture.allOf(pending, next);
    }
}
