package io.streamz.engine;

/** A {@code double} of the current key, never boxed. */
public interface DoubleState {
    /** {@return whether the current key has a value} */
    boolean isSet();

    /** {@return the current key's value; 0.0 if it has none} */
    double get();

    /**
     * Sets the current key's value.
     *
     * @param value the new value
     */
    void set(double value);

    /** Removes the current key's value. */
    void clear();
}
