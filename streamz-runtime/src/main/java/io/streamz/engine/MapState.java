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
    /**
     * {@return the value of {@code key}; {@code null} if absent}
     *
     * @param key the key
     */
    V get(K key);

    /**
     * {@return whether the current key's map holds {@code key}}
     *
     * @param key the key looked for
     */
    boolean containsKey(K key);

    /**
     * Sets the value of {@code key}; returns the previous one or {@code null}.
     *
     * @param key the key
     * @param value the value
     * @return the previous value of {@code key}, or {@code null} if it had none
     */
    V put(K key, V value);

    /**
     * Removes {@code key}; returns its value or {@code null}.
     *
     * @param key the key
     * @return the value {@code key} had, or {@code null} if it had none
     */
    V remove(K key);

    /** {@return how many elements the current key's map holds} */
    int size();

    /** {@return whether the current key's map is empty} */
    boolean isEmpty();

    /**
     * Calls {@code action} for each entry; {@code action} must not change this state.
     *
     * @param action called with every key and value
     */
    void forEach(BiConsumer<? super K, ? super V> action);

    /** Removes every entry of the current key. */
    void clear();
}
