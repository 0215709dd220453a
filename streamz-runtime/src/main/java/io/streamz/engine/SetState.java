package io.streamz.engine;

/**
 * A set of the current key: what {@code unique} has seen. With a bound it keeps only the
 * {@code bound} most recently used elements: {@link #add} of a present element refreshes it, of a
 * new one evicts the least recently used beyond the bound. Null elements are allowed.
 *
 * @param <E> the element type
 */
public interface SetState<E> {
    /**
     * Adds {@code element}, or refreshes its recency if present.
     *
     * @return whether it was absent (so a {@code unique} passes it on)
     */
    boolean add(E element);

    /** Whether {@code element} is present; does not refresh recency. */
    boolean contains(E element);

    /** Removes {@code element}; returns whether it was present. */
    boolean remove(E element);

    int size();

    boolean isEmpty();

    /** The most elements kept per key; 0 for unbounded. */
    int bound();

    /** Removes every element of the current key. */
    void clear();
}
