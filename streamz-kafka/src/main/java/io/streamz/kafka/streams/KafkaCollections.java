package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.engine.MapState;
import io.streamz.engine.QueueState;
import io.streamz.engine.SetState;
import io.streamz.engine.StateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The collection handles on a store (layout: {@link StoreBytes}): entries under the current key's
 * prefix and one {@link StoreBytes#META} entry of two counters (a size, or a queue's head and tail).
 */
final class KafkaCollections {
    private KafkaCollections() {}

    /** What every collection shares: the store, the current prefix, the counters. */
    abstract static class Collection {
        final KafkaBackend backend;
        final KafkaBackend.Store store;
        final String name;

        Collection(KafkaBackend backend, StateSpec spec) {
            this.backend = backend;
            this.store = backend.store(spec);
            this.name = spec.name();
        }

        final KeyValueStore<Bytes, byte[]> kv() {
            return store.get();
        }

        final byte[] meta() {
            return kv().get(StoreBytes.tagged(backend.prefix(), StoreBytes.META));
        }

        final void meta(long a, long b) {
            Bytes key = StoreBytes.tagged(backend.prefix(), StoreBytes.META);
            if (a == 0 && b == 0) {
                kv().delete(key);
            } else {
                kv().put(key, StoreBytes.longs(a, b));
            }
        }

        /** The entries of the current key with tag {@code tag}, in key order. */
        final List<KeyValue<Bytes, byte[]>> entries(byte tag) {
            List<KeyValue<Bytes, byte[]>> entries = new ArrayList<>();
            try (KeyValueIterator<Bytes, byte[]> it = kv().prefixScan(
                            StoreBytes.tagged(backend.prefix(), tag),
                            Serdes.Bytes().serializer())) {
                it.forEachRemaining(entries::add);
            }
            return entries;
        }

        /** Deletes every entry of the current key. */
        public final void clear() {
            List<Bytes> keys = new ArrayList<>();
            try (KeyValueIterator<Bytes, byte[]> it =
                    kv().prefixScan(Bytes.wrap(backend.prefix()), Serdes.Bytes().serializer())) {
                it.forEachRemaining(kv -> keys.add(kv.key));
            }
            keys.forEach(kv()::delete);
        }

        public final int size() {
            byte[] meta = meta();
            return (int) (StoreBytes.second(meta) - StoreBytes.first(meta));
        }

        public final boolean isEmpty() {
            return size() == 0;
        }
    }

    /** {@code (key, innerKey) -> value}; META holds {@code (0, size)}. */
    static final class MapHandle<K, V> extends Collection implements MapState<K, V> {
        private final Codec<K> keys;
        private final Codec<V> values;

        MapHandle(KafkaBackend backend, StateSpec spec) {
            super(backend, spec);
            this.keys = StoreBytes.nullable(spec.keyCodec());
            this.values = StoreBytes.nullable(spec.valueCodec());
        }

        private Bytes entry(K key) {
            return StoreBytes.element(backend.prefix(), StoreBytes.BY_ELEMENT, keys, key);
        }

        @Override
        public V get(K key) {
            byte[] raw = kv().get(entry(key));
            return raw == null ? null : StoreBytes.read(values, raw, store.name);
        }

        @Override
        public boolean containsKey(K key) {
            return kv().get(entry(key)) != null;
        }

        @Override
        public V put(K key, V value) {
            Bytes entry = entry(key);
            byte[] old = kv().get(entry);
            kv().put(entry, StoreBytes.value(values, value));
            if (old == null) {
                meta(0, size() + 1);
                return null;
            }
            return StoreBytes.read(values, old, store.name);
        }

        @Override
        public V remove(K key) {
            Bytes entry = entry(key);
            byte[] old = kv().get(entry);
            if (old == null) {
                return null;
            }
            kv().delete(entry);
            meta(0, size() - 1);
            return StoreBytes.read(values, old, store.name);
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            int skip = backend.prefix().length + 1;
            for (KeyValue<Bytes, byte[]> e : entries(StoreBytes.BY_ELEMENT)) {
                byte[] key = e.key.get();
                K k = keys.read(new CodecInput(key, skip, key.length - skip));
                action.accept(k, StoreBytes.read(values, e.value, store.name));
            }
        }
    }

    /** An unbounded set: {@code (key, element) -> []}; META holds {@code (0, size)}. */
    static final class SetHandle<E> extends Collection implements SetState<E> {
        private static final byte[] PRESENT = new byte[0];
        private final Codec<E> elements;

        SetHandle(KafkaBackend backend, StateSpec spec) {
            super(backend, spec);
            this.elements = StoreBytes.nullable(spec.valueCodec());
        }

        private Bytes entry(E element) {
            return StoreBytes.element(backend.prefix(), StoreBytes.BY_ELEMENT, elements, element);
        }

        @Override
        public boolean add(E element) {
            Bytes entry = entry(element);
            if (kv().get(entry) != null) {
                return false;
            }
            kv().put(entry, PRESENT);
            meta(0, size() + 1);
            return true;
        }

        @Override
        public boolean contains(E element) {
            return kv().get(entry(element)) != null;
        }

        @Override
        public boolean remove(E element) {
            Bytes entry = entry(element);
            if (kv().get(entry) == null) {
                return false;
            }
            kv().delete(entry);
            meta(0, size() - 1);
            return true;
        }

        @Override
        public int bound() {
            return 0;
        }
    }

    /**
     * A set of at most {@code bound} elements, least recently used evicted: {@code (key, element)
     * -> seq} and {@code (key, seq) -> element}; META holds {@code (next seq, next seq + size)}.
     */
    static final class LruSetHandle<E> extends Collection implements SetState<E> {
        private final Codec<E> elements;
        private final int bound;

        LruSetHandle(KafkaBackend backend, StateSpec spec) {
            super(backend, spec);
            this.elements = StoreBytes.nullable(spec.valueCodec());
            this.bound = spec.bound();
        }

        @Override
        public boolean add(E element) {
            byte[] prefix = backend.prefix();
            Bytes entry = StoreBytes.element(prefix, StoreBytes.BY_ELEMENT, elements, element);
            byte[] meta = meta();
            long next = StoreBytes.first(meta);
            int size = (int) (StoreBytes.second(meta) - next);
            byte[] old = kv().get(entry);
            if (old != null) {
                kv().delete(StoreBytes.seq(prefix, StoreBytes.BY_SEQ, StoreBytes.first(old)));
            } else {
                size++;
            }
            byte[] encoded = elementBytes(entry, prefix.length);
            kv().put(StoreBytes.seq(prefix, StoreBytes.BY_SEQ, next), encoded);
            kv().put(entry, StoreBytes.longs(next, 0));
            if (size > bound) {
                evictEldest(prefix);
                size--;
            }
            meta(next + 1, next + 1 + size);
            return old == null;
        }

        private static byte[] elementBytes(Bytes entry, int prefixLength) {
            byte[] key = entry.get();
            return java.util.Arrays.copyOfRange(key, prefixLength + 1, key.length);
        }

        private void evictEldest(byte[] prefix) {
            KeyValue<Bytes, byte[]> eldest;
            try (KeyValueIterator<Bytes, byte[]> it = kv().prefixScan(
                            StoreBytes.tagged(prefix, StoreBytes.BY_SEQ),
                            Serdes.Bytes().serializer())) {
                eldest = it.next();
            }
            kv().delete(eldest.key);
            kv().delete(elementKey(prefix, eldest.value));
        }

        private static Bytes elementKey(byte[] prefix, byte[] element) {
            byte[] key = java.util.Arrays.copyOf(prefix, prefix.length + 1 + element.length);
            key[prefix.length] = StoreBytes.BY_ELEMENT;
            System.arraycopy(element, 0, key, prefix.length + 1, element.length);
            return Bytes.wrap(key);
        }

        @Override
        public boolean contains(E element) {
            return kv().get(StoreBytes.element(backend.prefix(), StoreBytes.BY_ELEMENT, elements, element)) != null;
        }

        @Override
        public boolean remove(E element) {
            byte[] prefix = backend.prefix();
            Bytes entry = StoreBytes.element(prefix, StoreBytes.BY_ELEMENT, elements, element);
            byte[] old = kv().get(entry);
            if (old == null) {
                return false;
            }
            kv().delete(entry);
            kv().delete(StoreBytes.seq(prefix, StoreBytes.BY_SEQ, StoreBytes.first(old)));
            byte[] meta = meta();
            long next = StoreBytes.first(meta);
            long size = StoreBytes.second(meta) - next - 1;
            meta(size == 0 ? 0 : next, size == 0 ? 0 : next + size);
            return true;
        }

        @Override
        public int bound() {
            return bound;
        }
    }

    /** A FIFO: {@code (key, seq) -> element}; META holds {@code (head, tail)}. */
    static final class QueueHandle<E> extends Collection implements QueueState<E> {
        private final Codec<E> elements;

        QueueHandle(KafkaBackend backend, StateSpec spec) {
            super(backend, spec);
            this.elements = StoreBytes.nullable(spec.valueCodec());
        }

        @Override
        public void add(E element) {
            byte[] meta = meta();
            long head = StoreBytes.first(meta);
            long tail = StoreBytes.second(meta);
            kv().put(StoreBytes.seq(backend.prefix(), StoreBytes.BY_SEQ, tail), StoreBytes.value(elements, element));
            meta(head, tail + 1);
        }

        @Override
        public E peek() {
            long head = head();
            return StoreBytes.read(
                    elements, kv().get(StoreBytes.seq(backend.prefix(), StoreBytes.BY_SEQ, head)), store.name);
        }

        @Override
        public E poll() {
            long head = head();
            Bytes key = StoreBytes.seq(backend.prefix(), StoreBytes.BY_SEQ, head);
            E element = StoreBytes.read(elements, kv().get(key), store.name);
            kv().delete(key);
            long tail = StoreBytes.second(meta());
            meta(head + 1 == tail ? 0 : head + 1, head + 1 == tail ? 0 : tail);
            return element;
        }

        private long head() {
            byte[] meta = meta();
            if (StoreBytes.first(meta) == StoreBytes.second(meta)) {
                throw new NoSuchElementException("queue state '" + name + "' of the current key is empty");
            }
            return StoreBytes.first(meta);
        }

        @Override
        public List<E> drain() {
            List<E> all = new ArrayList<>();
            for (KeyValue<Bytes, byte[]> e : entries(StoreBytes.BY_SEQ)) {
                all.add(StoreBytes.read(elements, e.value, store.name));
            }
            clear();
            return all;
        }
    }
}
