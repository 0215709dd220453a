package io.streamz.internal;

import io.streamz.engine.EngineContext;
import io.streamz.engine.QueueState;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code timedWindowUnique(d, key, keep)} in a key scope: the windows of {@link KeyedTimedWindow}
 * (aligned to multiples of {@code d}, emitted at their end, non-empty ones only), each element
 * queued with its key (computed once, on arrival, as the unkeyed operator does), and every window
 * going on as its distinct elements by {@link DistinctTimedWindow#distinct}, the unkeyed rule.
 * The queue holds {@code [key, element]} pairs ({@code Codecs.tuple(keyCodec, elementCodec)}).
 * Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class KeyedTimedWindowUnique<T> {
    private final KeyedTimedWindow<List<Object>> window;
    private final boolean keepLast;

    /**
     * A keyed window of distinct elements.
     *
     * @param engine the task's context
     * @param window the current key's pending pairs, each due at its window's end
     * @param timer the stage's timer
     * @param intervalMillis the window length
     * @param keepLast whether a repeated key keeps its latest element, not its first
     * @throws IllegalArgumentException if {@code intervalMillis} is not positive
     */
    public KeyedTimedWindowUnique(
            EngineContext engine,
            QueueState<Due<List<Object>>> window,
            int timer,
            long intervalMillis,
            boolean keepLast) {
        this.window = new KeyedTimedWindow<>(engine, window, timer, intervalMillis);
        this.keepLast = keepLast;
    }

    /**
     * Adds {@code x} with its key to the current key's window of the current time.
     *
     * @param key the element's key
     * @param x the element
     */
    public void add(Object key, T x) {
        window.add(Lists.wrap(new Object[] {key, x}));
    }

    /**
     * The timer of the current key fired: emits the distinct elements of each window that ended
     * by {@code nowMillis}, oldest first.
     *
     * @param nowMillis the engine's time
     * @param downstream where each window's distinct elements go
     * @throws RuntimeException the first failure of {@code downstream}, after every ended window went
     */
    public void onTimer(long nowMillis, Consumer<? super List<T>> downstream) {
        window.onTimer(nowMillis, pairs -> {
            List<List<Object>> kept = DistinctTimedWindow.distinct(pairs, pair -> pair.get(0), keepLast);
            Object[] elements = new Object[kept.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = kept.get(i).get(1);
            }
            downstream.accept(Lists.wrap(elements));
        });
    }
}
