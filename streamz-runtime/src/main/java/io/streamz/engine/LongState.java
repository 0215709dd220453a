package io.streamz.engine;

/** A {@code long} of the current key, never boxed. */
public interface LongState {
    /** {@return whether the current key has a value (an accumulate without start: whether it started)} */
    boolean isSet();

    /** {@return the current key's value; 0 if it has none} */
    long get();

    /**
     * Sets the current key's value.
     *
     * @param value the new value
     */
    void set(long value);

    /** Removes the current key's value. */
    void clear();
}
