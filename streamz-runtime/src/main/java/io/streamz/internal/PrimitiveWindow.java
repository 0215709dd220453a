package io.streamz.internal;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The read-only list shape shared by the windows of {@link IntSlidingWindow},
 * {@link LongSlidingWindow} and {@link DoubleSlidingWindow}: each subclass owns a primitive array
 * and boxes an element only when it is read. Equal (equals, hashCode, toString) to the runtime's
 * window of the same boxed elements, and refusing every change as it does.
 */
abstract class PrimitiveWindow<E> extends AbstractList<E> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    /** The boxed element's {@code hashCode()}, computed without boxing. */
    abstract int elementHash(int index);

    @Override
    public final int hashCode() {
        int hash = 1;
        for (int i = 0, n = size(); i < n; i++) {
            hash = 31 * hash + elementHash(i);
        }
        return hash;
    }

    @Override
    public final Iterator<E> iterator() {
        return new Cursor(0);
    }

    @Override
    public final ListIterator<E> listIterator() {
        return new Cursor(0);
    }

    @Override
    public final ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
        }
        return new Cursor(index);
    }

    // Refused outright, as Collections.unmodifiableList refuses them, even when nothing would change.
    @Override
    public final boolean removeIf(Predicate<? super E> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void replaceAll(UnaryOperator<E> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void sort(Comparator<? super E> comparator) {
        throw new UnsupportedOperationException();
    }

    /** A read-only cursor: remove, set and add are refused, as the runtime's windows refuse them. */
    private final class Cursor implements ListIterator<E> {
        private int index;

        Cursor(int index) {
            this.index = index;
        }

        @Override
        public boolean hasNext() {
            return index < size();
        }

        @Override
        public E next() {
            if (index >= size()) {
                throw new NoSuchElementException();
            }
            return get(index++);
        }

        @Override
        public boolean hasPrevious() {
            return index > 0;
        }

        @Override
        public E previous() {
            if (index <= 0) {
                throw new NoSuchElementException();
            }
            return get(--index);
        }

        @Override
        public int nextIndex() {
            return index;
        }

        @Override
        public int previousIndex() {
            return index - 1;
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void set(E element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(E element) {
            throw new UnsupportedOperationException();
        }
    }
}
