package io.streamz.internal;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code rate_limit}: the first element passes at once, then outputs are spaced at
 * least {@code interval} apart: {@code out_k = max(arrival_k, out_(k-1) + interval)}. The slot
 * is reserved when the element is offered, so unawaited offers are spaced in offer order.
 * Nothing is dropped. An element whose slot is now passes inline (its synchronous failures
 * are thrown from {@link #offer}); a later one is scheduled, and its future completes when it
 * has gone through, so a producer waiting on it is throttled. Each scheduled element holds a
 * timer on the loop and that future until its slot, whether anyone waits for it or not.
 * {@link #close} (or the loop closing) cancels them and fails those futures. Call {@link #offer}
 * on the loop thread. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class RateLimiter<T> {
    private final EventLoop loop;
    private final long intervalNanos;
    private final Downstream<? super T> downstream;
    /** Elements scheduled for their slots, earliest first. */
    private final ArrayDeque<Scheduled> scheduled = new ArrayDeque<>();

    private boolean started;
    private long nextSlot;
    private RuntimeException closed;

    /** @throws IllegalArgumentException if {@code interval} is negative */
    public RateLimiter(EventLoop loop, Duration interval, Downstream<? super T> downstream) {
        this.loop = Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("rate limit interval must be >= 0, not " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Passes {@code x} now or at its slot; returns {@code null} or a future as {@link Downstream#push} does. */
    public CompletableFuture<Void> offer(T x) {
        if (closed != null) {
            throw closed;
        }
        long now = loop.nanoTime();
        long slot = started && nextSlot - now > 0 ? nextSlot : now;
        started = true;
        nextSlot = slot + intervalNanos;
        if (slot == now && scheduled.isEmpty()) {
            return downstream.push(x);
        }
        // a scheduled element not yet out must go first, even if its slot has passed
        Scheduled entry = new Scheduled();
        scheduled.add(entry);
        entry.timer = LoopTasks.schedule(
                loop,
                Duration.ofNanos(slot - now),
                LoopTasks.task(
                        () -> {
                            scheduled.poll();
                            Completions.relay(() -> downstream.push(x), entry.done);
                        },
                        this::close));
        return entry.done;
    }

    /** Elements waiting for their slots. */
    public int waiting() {
        return scheduled.size();
    }

    /**
     * Cancels every scheduled element's timer and fails its future with {@code why}, which later
     * offers throw. Closing twice does nothing.
     */
    public void close(RuntimeException why) {
        if (closed != null) {
            return;
        }
        closed = Objects.requireNonNull(why, "why");
        for (Scheduled entry = scheduled.poll(); entry != null; entry = scheduled.poll()) {
            if (entry.timer != null) {
                entry.timer.cancel();
            }
            entry.done.completeExceptionally(why);
        }
    }

    private static final class Scheduled {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        EventLoop.Cancellable timer;
    }
}
