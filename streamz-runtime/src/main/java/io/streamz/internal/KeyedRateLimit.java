package io.streamz.internal;

import io.streamz.engine.EngineContext;
import io.streamz.engine.LongState;
import io.streamz.engine.QueueState;
import java.util.function.Consumer;

/**
 * {@code rateLimit(d)} in a key scope: per key, {@code out_k = max(arrival_k, out_(k-1) + d)}, as
 * the unkeyed {@link RateLimiter}; different keys do not hold each other up. An element whose slot
 * is now and that has nobody waiting ahead of it passes inline; the others wait as data in a
 * {@link QueueState} for a per-key timer. The next slot is a {@link LongState} per key. Called by
 * generated code, not API.
 *
 * @param <T> the element type
 */
public final class KeyedRateLimit<T> {
    private final KeyedTimeQueue<T> queue;
    private final LongState nextSlot;
    private final long intervalMillis;

    /** @throws IllegalArgumentException if {@code intervalMillis} is negative */
    public KeyedRateLimit(
            EngineContext engine, LongState nextSlot, QueueState<Due<T>> pending, int timer, long intervalMillis) {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("rate limit interval must be >= 0 ms, not " + intervalMillis);
        }
        this.queue = new KeyedTimeQueue<>(engine, pending, timer);
        this.nextSlot = nextSlot;
        this.intervalMillis = intervalMillis;
    }

    /** Passes {@code x} of the current key to {@code downstream} now, or holds it for its slot. */
    public void offer(T x, Consumer<? super T> downstream) {
        long now = queue.now();
        long slot = nextSlot.isSet() && nextSlot.get() > now ? nextSlot.get() : now;
        nextSlot.set(slot + intervalMillis);
        if (slot == now && queue.isEmpty()) {
            downstream.accept(x);
        } else {
            queue.add(slot, x);
        }
    }

    /**
     * The timer of the current key fired: passes every element whose slot came by {@code nowMillis}.
     *
     * @throws RuntimeException the first failure of {@code downstream}, after every due element went
     */
    public void onTimer(long nowMillis, Consumer<? super T> downstream) {
        RuntimeException failure = null;
        while (queue.headDue(nowMillis)) {
            failure = KeyedTimeQueue.deliver(downstream, queue.poll(), failure);
        }
        queue.rearm();
        if (failure != null) {
            throw failure;
        }
    }
}
