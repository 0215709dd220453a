package io.streamz.engine;

/** An {@code int} of the current key, never boxed. */
public interface IntState {
    /** Whether the current key has a value. */
    boolean isSet();

    /** The current key's value; 0 if it has none. */
    int get();

    void set(int value);

    /** Removes the current key's value. */
    void clear();
}
