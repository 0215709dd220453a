package io.streamz.internal;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The state of a fused {@code slidingWindow(n, returnPartial)} over {@code int}s: a primitive
 * ring of the last n elements, so that nothing is boxed until a window is read. Each window is one
 * array copy and one small list, equal (equals, hashCode, toString) to the runtime's window of the
 * same {@code Integer}s. Called by generated code, not API; one thread at a time.
 */
public final class IntSlidingWindow {
    private final int[] ring;
    private final boolean returnPartial;
    private int next;
    private int count;

    public IntSlidingWindow(int n, boolean returnPartial) {
        if (n < 1) {
            throw new IllegalArgumentException("sliding window size must be at least 1, got " + n);
        }
        this.ring = new int[n];
        this.returnPartial = returnPartial;
    }

    /**
     * Adds {@code x}; returns the window to emit, oldest first (a fresh unmodifiable list), or
     * {@code null} while the window is not full and partial windows are not wanted.
     */
    public List<Integer> add(int x) {
        int[] ring = this.ring;
        ring[next] = x;
        next = next + 1 == ring.length ? 0 : next + 1;
        if (count < ring.length) {
            count++;
            if (count < ring.length) {
                if (!returnPartial) {
                    return null;
                }
                int[] partial = new int[count];
                for (int i = 0; i < count; i++) {
                    partial[i] = ring[i];
                }
                return new Window(partial);
            }
        }
        // Full: oldest at next, wrapping round to the newest just before it. A plain loop, not
        // System.arraycopy: windows are short, and the stub call costs more than the copy.
        int[] window = new int[ring.length];
        int from = next;
        for (int i = 0; i < window.length; i++) {
            window[i] = ring[from];
            from = from + 1 == ring.length ? 0 : from + 1;
        }
        return new Window(window);
    }

    /** An unmodifiable list over an array it owns alone; boxes an element when it is read. */
    private static final class Window extends AbstractList<Integer> implements RandomAccess, Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] items;

        Window(int[] items) {
            this.items = items;
        }

        @Override
        public Integer get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Cursor(0);
        }

        @Override
        public ListIterator<Integer> listIterator() {
            return new Cursor(0);
        }

        @Override
        public ListIterator<Integer> listIterator(int index) {
            if (index < 0 || index > items.length) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + items.length);
            }
            return new Cursor(index);
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (int item : items) {
                hash = 31 * hash + Integer.hashCode(item);
            }
            return hash;
        }

        // Refused outright, as Collections.unmodifiableList refuses them, even when nothing would change.
        @Override
        public boolean removeIf(Predicate<? super Integer> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<Integer> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super Integer> comparator) {
            throw new UnsupportedOperationException();
        }

        /** A read-only cursor: remove, set and add are refused, as the runtime's windows refuse them. */
        private final class Cursor implements ListIterator<Integer> {
            private int index;

            Cursor(int index) {
                this.index = index;
            }

            @Override
            public boolean hasNext() {
                return index < items.length;
            }

            @Override
            public Integer next() {
                if (index >= items.length) {
                    throw new NoSuchElementException();
                }
                return items[index++];
            }

            @Override
            public boolean hasPrevious() {
                return index > 0;
            }

            @Override
            public Integer previous() {
                if (index <= 0) {
                    throw new NoSuchElementException();
                }
                return items[--index];
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
            public void set(Integer element) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(Integer element) {
                throw new UnsupportedOperationException();
            }
        }
    }
}
