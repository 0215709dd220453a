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
     * @param element the element
     * @return whether it was absent (so a {@code unique} passes it on)
     */
    boolean add(E element);

    /**
     * {@return whether {@code element} is present; does not refresh recency}
     *
     * @param element the element
     */
    boolean contains(E element);

    /**
     * Removes {@code element}; returns whether it was present.
     *
     * @param element the element
     * @return whether {@code element} was present
     */
    boolean remove(E element);

    /** {@return how many elements the current key's set holds} */
    int size();

    /** {@return whether the current key's set is empty} */
    boolean isEmpty();

    /** {@return the most elements kept per key; 0 for unbounded} */
    int bound();

    /** Removes every element of the current key. */
    void clear();
}
