package io.streamz.internal;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code timed_window_unique(interval, key, keep)} for generated code: a
 * {@link TimedWindowCollector} of elements with their keys (computed once, on arrival), whose
 * every window goes on as the list of its distinct elements ({@link #distinct}, the rule the
 * runtime's node applies too). It ticks, waits and fails exactly as the collector does. Call
 * every method on the loop thread. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class DistinctTimedWindow<T> {
    private final TimedWindowCollector<Keyed> collector;

    /** An element with its key. */
    private record Keyed(Object key, Object element) {}

    /**
     * A window not started yet.
     *
     * @param loop the event loop it ticks on
     * @param interval the window length
     * @param keepLast whether a repeated key keeps its latest element, not its first
     * @param downstream where each window's distinct elements go
     * @throws IllegalArgumentException if {@code interval} is not positive
     */
    public DistinctTimedWindow(
            EventLoop loop, Duration interval, boolean keepLast, Downstream<? super List<T>> downstream) {
        Objects.requireNonNull(downstream, "downstream");
        this.collector = new TimedWindowCollector<>(loop, interval, window -> {
            List<Keyed> kept = distinct(window, Keyed::key, keepLast);
            Object[] elements = new Object[kept.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = kept.get(i).element();
            }
            return downstream.push(Lists.wrap(elements));
        });
    }

    /**
     * The distinct entries of a window by {@code key}: the first of each key, in the order keys
     * first came, or with {@code keepLast} the latest of each, in the order of those latest entries.
     *
     * @param <E> the type of the entries
     * @param window the entries, in arrival order
     * @param key an entry's key, already computed (it must not throw)
     * @param keepLast whether a repeated key keeps its latest entry
     * @return the kept entries, a new list
     */
    public static <E> List<E> distinct(List<E> window, Function<? super E, ?> key, boolean keepLast) {
        Map<Object, E> kept = new LinkedHashMap<>();
        for (E x : window) {
            Object k = key.apply(x);
            if (keepLast) {
                kept.remove(k);
                kept.put(k, x);
            } else if (!kept.containsKey(k)) {
                kept.put(k, x);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** Starts ticking: the first window closes one interval from now. Does nothing if running. */
    public void start() {
        collector.start();
    }

    /** Stops ticking; what the open window holds is kept for a later {@link #start()}. */
    public void stop() {
        collector.stop();
    }

    /**
     * Stops for good, as {@link TimedWindowCollector#close}.
     *
     * @param why what later adds throw
     */
    public void close(RuntimeException why) {
        collector.close(why);
    }

    /**
     * Adds {@code x}, its own key, to the open window.
     *
     * @param x the element
     * @return the previous window's pending work, or {@code null}
     */
    public CompletableFuture<Void> add(T x) {
        return add(x, x);
    }

    /**
     * Adds {@code x} with its key to the open window.
     *
     * @param key the element's key
     * @param x the element
     * @return the previous window's pending work, or {@code null}
     */
    public CompletableFuture<Void> add(Object key, T x) {
        return collector.add(new Keyed(key, x));
    }
}
