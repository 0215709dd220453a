package io.streamz;

import io.streamz.internal.Completions;
import java.util.concurrent.CompletableFuture;

/** Combines the back-pressure futures that downstream updates return; {@code null} means nothing pending. */
final class Futures {
    private Futures() {}

    /** Both pending futures as one; a future already completed normally counts as nothing pending. */
    static CompletableFuture<Void> and(CompletableFuture<Void> pending, CompletableFuture<Void> next) {
        return Completions.and(pending, next);
    }
}
