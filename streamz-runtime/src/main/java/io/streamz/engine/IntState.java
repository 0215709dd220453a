package io.streamz.engine;

/** An {@code int} of the current key, never boxed. */
public interface IntState {
    /** {@return whether the current key has a value} */
    boolean isSet();

    /** {@return the current key's value; 0 if it has none} */
    int get();

    /**
     * Sets the current key's value.
     *
     * @param value the new value
     */
    void set(int value);

    /** Removes the current key's value. */
    void clear();
}
