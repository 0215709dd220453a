package io.streamz.internal;

import java.util.concurrent.CompletableFuture;

/**
 * Where a runtime helper hands its elements: the rest of the pipeline. Called by generated
 * code, not API.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface Downstream<T> {
    /**
     * Pushes {@code x} on, synchronously. Returns a future for asynchronous work still pending
     * on {@code x}, or {@code null} when there is none; throws what a synchronous stage threw.
     */
    CompletableFuture<Void> push(T x);
}
