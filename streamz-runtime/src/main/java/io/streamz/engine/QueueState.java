package io.streamz.engine;

import java.util.List;

/**
 * A FIFO queue of the current key: zip inputs, window contents, elements waiting for their due
 * time. Null elements are allowed.
 *
 * @param <E> the element type
 */
public interface QueueState<E> {
    /**
     * Appends {@code element} at the tail.
     *
     * @param element the element
     */
    void add(E element);

    /**
     * {@return the head}
     *
     * @throws java.util.NoSuchElementException if the queue is empty
     */
    E peek();

    /**
     * Removes and returns the head.
     *
     * @return the head, or {@code null} if the queue is empty
     * @throws java.util.NoSuchElementException if the queue is empty
     */
    E poll();

    /** {@return how many elements the current key's queue holds} */
    int size();

    /** {@return whether the current key's queue is empty} */
    boolean isEmpty();

    /**
     * Removes every element and returns them, head first, in a new mutable list.
     *
     * @return every element, head first, in a new mutable list
     */
    List<E> drain();

    /** Removes every element of the current key. */
    void clear();
}
