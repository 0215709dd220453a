package io.streamz.internal;

import io.streamz.engine.EngineContext;
import io.streamz.engine.QueueState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code timedWindow(d)} in a key scope: per key, windows aligned to multiples of {@code d}
 * ({@code [k*d, (k+1)*d)} on the engine's clock), each emitted at its end as a list in arrival
 * order, and only if it is non-empty (a key set is unbounded, so no empty windows are ticked out;
 * the unkeyed operator emits empty ones). Each element carries its window's end, so a late timer
 * callback still emits the windows separately. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class KeyedTimedWindow<T> {
    private final KeyedTimeQueue<T> queue;
    private final long intervalMillis;

    /** @throws IllegalArgumentException if {@code intervalMillis} is not positive */
    public KeyedTimedWindow(EngineContext engine, QueueState<Due<T>> window, int timer, long intervalMillis) {
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("a timed window's interval must be > 0 ms, not " + intervalMillis);
        }
        this.queue = new KeyedTimeQueue<>(engine, window, timer);
        this.intervalMillis = intervalMillis;
    }

    /** Adds {@code x} to the current key's window of the current time. */
    public void add(T x) {
        long end = Math.floorDiv(queue.now(), intervalMillis) * intervalMillis + intervalMillis;
        queue.add(end, x);
    }

    /**
     * The timer of the current key fired: emits each window that ended by {@code nowMillis}, oldest
     * first.
     *
     * @throws RuntimeException the first failure of {@code downstream}, after every ended window went
     */
    public void onTimer(long nowMillis, Consumer<? super List<T>> downstream) {
        RuntimeException failure = null;
        while (queue.headDue(nowMillis)) {
            long end = queue.headTime();
            List<T> window = new ArrayList<>();
            while (queue.headDue(nowMillis) && queue.headTime() == end) {
                window.add(queue.poll());
            }
            failure = KeyedTimeQueue.deliver(downstream, window, failure);
        }
        queue.rearm();
        if (failure != null) {
            throw failure;
        }
    }
}
