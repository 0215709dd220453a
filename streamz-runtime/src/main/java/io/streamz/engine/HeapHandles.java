package io.streamz.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The handles of {@link HeapBackend}: each reaches one slot of the current key's row. */
final class HeapHandles {
    private HeapHandles() {}

    static final class LongCell implements LongState {
        private final HeapScope scope;
        private final int slot;

        LongCell(HeapScope scope, int slot) {
            this.scope = scope;
            this.slot = slot;
        }

        @Override
        public boolean isSet() {
            return scope.row().primitiveSet(slot);
        }

        @Override
        public long get() {
            return scope.row().primitives[slot];
        }

        @Override
        public void set(long value) {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = value;
            row.markPrimitive(slot, true);
        }

        @Override
        public void clear() {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = 0;
            row.markPrimitive(slot, false);
        }
    }

    static final class IntCell implements IntState {
        private final HeapScope scope;
        private final int slot;

        IntCell(HeapScope scope, int slot) {
            this.scope = scope;
            this.slot = slot;
        }

        @Override
        public boolean isSet() {
            return scope.row().primitiveSet(slot);
        }

        @Override
        public int get() {
            return (int) scope.row().primitives[slot];
        }

        @Override
        public void set(int value) {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = value;
            row.markPrimitive(slot, true);
        }

        @Override
        public void clear() {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = 0;
            row.markPrimitive(slot, false);
        }
    }

    static final class DoubleCell implements DoubleState {
        private final HeapScope scope;
        private final int slot;

        DoubleCell(HeapScope scope, int slot) {
            this.scope = scope;
            this.slot = slot;
        }

        @Override
        public boolean isSet() {
            return scope.row().primitiveSet(slot);
        }

        @Override
        public double get() {
            return Double.longBitsToDouble(scope.row().primitives[slot]);
        }

        @Override
        public void set(double value) {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = Double.doubleToRawLongBits(value);
            row.markPrimitive(slot, true);
        }

        @Override
        public void clear() {
            HeapScope.Row row = scope.row();
            row.primitives[slot] = 0;
            row.markPrimitive(slot, false);
        }
    }

    static final class Value<T> implements ValueState<T> {
        private final HeapScope scope;
        private final int slot;

        Value(HeapScope scope, int slot) {
            this.scope = scope;
            this.slot = slot;
        }

        @Override
        public boolean isSet() {
            return scope.row().objectSet(slot);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get() {
            return (T) scope.row().objects[slot];
        }

        @Override
        public void set(T value) {
            HeapScope.Row row = scope.row();
            row.objects[slot] = value;
            row.markObject(slot, true);
        }

        @Override
        public void clear() {
            HeapScope.Row row = scope.row();
            row.objects[slot] = null;
            row.markObject(slot, false);
        }
    }

    /** A collection handle: the collection stays in its slot once made; present while non-empty. */
    abstract static class Collection<C> {
        private final HeapScope scope;
        private final int slot;

        Collection(HeapScope scope, int slot) {
            this.scope = scope;
            this.slot = slot;
        }

        abstract C create();

        abstract int sizeOf(C collection);

        /** The current key's collection, or {@code null} if it never had one. */
        @SuppressWarnings("unchecked")
        final C peekCollection() {
            return (C) scope.row().objects[slot];
        }

        /** The current key's collection, made if needed; call {@link #changed} after changing it. */
        @SuppressWarnings("unchecked")
        final C collection() {
            HeapScope.Row row = scope.row();
            C c = (C) row.objects[slot];
            if (c == null) {
                c = create();
                row.objects[slot] = c;
            }
            return c;
        }

        final void changed(C collection) {
            scope.row().markObject(slot, sizeOf(collection) > 0);
        }

        public final int size() {
            C c = peekCollection();
            return c == null ? 0 : sizeOf(c);
        }

        public final boolean isEmpty() {
            return size() == 0;
        }
    }

    static final class HeapMap<K, V> extends Collection<Map<K, V>> implements MapState<K, V> {
        HeapMap(HeapScope scope, int slot) {
            super(scope, slot);
        }

        @Override
        Map<K, V> create() {
            return new HashMap<>();
        }

        @Override
        int sizeOf(Map<K, V> map) {
            return map.size();
        }

        @Override
        public V get(K key) {
            Map<K, V> map = peekCollection();
            return map == null ? null : map.get(key);
        }

        @Override
        public boolean containsKey(K key) {
            Map<K, V> map = peekCollection();
            return map != null && map.containsKey(key);
        }

        @Override
        public V put(K key, V value) {
            Map<K, V> map = collection();
            V previous = map.put(key, value);
            changed(map);
            return previous;
        }

        @Override
        public V remove(K key) {
            Map<K, V> map = peekCollection();
            if (map == null) {
                return null;
            }
            V previous = map.remove(key);
            changed(map);
            return previous;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            Map<K, V> map = peekCollection();
            if (map != null) {
                map.forEach(action);
            }
        }

        @Override
        public void clear() {
            Map<K, V> map = peekCollection();
            if (map != null) {
                map.clear();
                changed(map);
            }
        }
    }

    /** Elements as keys of a map: a plain one unbounded, an access-ordered one evicting beyond the bound. */
    static final class HeapSet<E> extends Collection<Map<E, Boolean>> implements SetState<E> {
        private final int bound;

        HeapSet(HeapScope scope, int slot, int bound) {
            super(scope, slot);
            this.bound = bound;
        }

        @Override
        Map<E, Boolean> create() {
            if (bound == 0) {
                return new HashMap<>();
            }
            return new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<E, Boolean> eldest) {
                    return size() > bound;
                }
            };
        }

        @Override
        int sizeOf(Map<E, Boolean> set) {
            return set.size();
        }

        @Override
        public boolean add(E element) {
            Map<E, Boolean> set = collection();
            // In an access-ordered map putIfAbsent refreshes a present element's recency.
            boolean added = set.putIfAbsent(element, Boolean.TRUE) == null;
            changed(set);
            return added;
        }

        @Override
        public boolean contains(E element) {
            Map<E, Boolean> set = peekCollection();
            return set != null && set.containsKey(element);
        }

        @Override
        public boolean remove(E element) {
            Map<E, Boolean> set = peekCollection();
            if (set == null) {
                return false;
            }
            boolean removed = set.remove(element) != null;
            changed(set);
            return removed;
        }

        @Override
        public int bound() {
            return bound;
        }

        @Override
        public void clear() {
            Map<E, Boolean> set = peekCollection();
            if (set != null) {
                set.clear();
                changed(set);
            }
        }
    }

    static final class HeapQueue<E> extends Collection<Ring<E>> implements QueueState<E> {
        HeapQueue(HeapScope scope, int slot) {
            super(scope, slot);
        }

        @Override
        Ring<E> create() {
            return new Ring<>();
        }

        @Override
        int sizeOf(Ring<E> ring) {
            return ring.size();
        }

        @Override
        public void add(E element) {
            Ring<E> ring = collection();
            ring.add(element);
            changed(ring);
        }

        @Override
        public E peek() {
            Ring<E> ring = peekCollection();
            return ring == null ? Ring.<E>empty() : ring.peek();
        }

        @Override
        public E poll() {
            Ring<E> ring = peekCollection();
            if (ring == null) {
                return Ring.empty();
            }
            E head = ring.poll();
            changed(ring);
            return head;
        }

        @Override
        public List<E> drain() {
            Ring<E> ring = peekCollection();
            if (ring == null) {
                return new java.util.ArrayList<>();
            }
            List<E> all = ring.drain();
            changed(ring);
            return all;
        }

        @Override
        public void clear() {
            Ring<E> ring = peekCollection();
            if (ring != null) {
                ring.clear();
                changed(ring);
            }
        }
    }
}
