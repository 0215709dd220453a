package io.streamz.internal;

import io.streamz.engine.EngineContext;
import io.streamz.engine.QueueState;
import java.util.function.Consumer;

/**
 * {@code delay(d)} in a key scope: each element leaves {@code d} after it arrived (at the first
 * timer callback at or after that time), in arrival order per key. The pending elements are data
 * in a {@link QueueState}, the release a per-key timer. Called by generated code, not API; on the
 * engine's task thread.
 *
 * @param <T> the element type
 */
public final class KeyedDelay<T> {
    private final KeyedTimeQueue<T> queue;
    private final long delayMillis;

    /** @throws IllegalArgumentException if {@code delayMillis} is negative */
    public KeyedDelay(EngineContext engine, QueueState<Due<T>> pending, int timer, long delayMillis) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay must be >= 0 ms, not " + delayMillis);
        }
        this.queue = new KeyedTimeQueue<>(engine, pending, timer);
        this.delayMillis = delayMillis;
    }

    /** Holds {@code x} of the current key until its due time. */
    public void offer(T x) {
        queue.add(queue.now() + delayMillis, x);
    }

    /**
     * The timer of the current key fired: hands every element due by {@code nowMillis} to
     * {@code downstream}, in order.
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
