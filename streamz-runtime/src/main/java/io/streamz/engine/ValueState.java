package io.streamz.engine;

/**
 * A value of the current key. On the heap the object set is the object got back (mutating it
 * mutates the state); a store-backed engine hands back a decoded copy, so a task writes a
 * mutated value back with {@link #set}.
 *
 * @param <T> the value type
 */
public interface ValueState<T> {
    /** {@return whether the current key has a value ({@code null} counts as one once set)} */
    boolean isSet();

    /** {@return the current key's value; {@code null} if it has none} */
    T get();

    /**
     * Sets the current key's value.
     *
     * @param value the new value
     */
    void set(T value);

    /** Removes the current key's value. */
    void clear();
}
