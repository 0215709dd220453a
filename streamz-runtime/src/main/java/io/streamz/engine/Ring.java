package io.streamz.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** A growable circular FIFO that allows null elements (an {@code ArrayDeque} does not). */
final class Ring<E> {
    private Object[] items = new Object[8];
    private int head;
    private int size;

    static <E> E empty() {
        throw new NoSuchElementException("the queue is empty");
    }

    int size() {
        return size;
    }

    void add(E element) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = element;
        size++;
    }

    @SuppressWarnings("unchecked")
    E peek() {
        if (size == 0) {
            return empty();
        }
        return (E) items[head];
    }

    E poll() {
        E element = peek();
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return element;
    }

    List<E> drain() {
        List<E> all = new ArrayList<>(size);
        while (size > 0) {
            all.add(poll());
        }
        head = 0;
        return all;
    }

    void clear() {
        while (size > 0) {
            poll();
        }
        head = 0;
    }

    private void grow() {
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[(head + i) & (items.length - 1)];
        }
        items = bigger;
        head = 0;
    }
}
