package io.streamz.internal;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A true delay: every element goes downstream exactly {@code interval} after it was offered,
 * in offer order (elements due at the same time keep their order). Unlike streamz's
 * {@code delay}, which throttles, sparse elements are delayed too. The future of an offer
 * completes when its element has gone downstream and that work has finished. Call
 * {@link #offer} on the loop thread. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class DelayLine<T> {
    private final EventLoop loop;
    private final Duration interval;
    private final Downstream<? super T> downstream;

    /** @throws IllegalArgumentException if {@code interval} is negative */
    public DelayLine(EventLoop loop, Duration interval, Downstream<? super T> downstream) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("delay interval must be >= 0, not " + interval);
        }
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Schedules {@code x}; the future completes (exceptionally if downstream fails) once it went through. */
    public CompletableFuture<Void> offer(T x) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.schedule(interval, () -> Completions.relay(() -> downstream.push(x), done));
        return done;
    }
}
