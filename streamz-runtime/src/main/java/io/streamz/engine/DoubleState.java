package io.streamz.engine;

/** A {@code double} of the current key, never boxed. */
public interface DoubleState {
    /** Whether the current key has a value. */
    boolean isSet();

    /** The current key's value; 0.0 if it has none. */
    double get();

    void set(double value);

    /** Removes the current key's value. */
    void clear();
}
