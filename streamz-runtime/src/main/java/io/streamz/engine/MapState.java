package io.streamz.engine;

import java.util.function.BiConsumer;

/**
 * A map of the current key (e.g. a keyed partition's buffer per grouping key). Iteration order
 * is unspecified: each engine has its own. Null inner keys and values are allowed.
 *
 * @param <K> the inner key type
 * @param <V> the value type
 */
public interface MapState<K, V> {
    /** The value of {@code key}; {@code null} if absent. */
    V get(K key);

    boolean containsKey(K key);

    /** Sets the value of {@code key}; returns the previous one or {@code null}. */
    V put(K key, V value);

    /** Removes {@code key}; returns its value or {@code null}. */
    V remove(K key);

    int size();

    boolean isEmpty();

    /** Calls {@code action} for each entry; {@code action} must not change this state. */
    void forEach(BiConsumer<? super K, ? super V> action);

    /** Removes every entry of the current key. */
    void clear();
}
