package io.streamz.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of {@code partition(n)} or {@code partition(n, key)}, fused or interpreted: buffers,
 * one per key, emitted as a list when they hold n elements. A buffer grows as it fills (see
 * {@link Growth}), so memory follows what is held, not n. Called by generated code and by the
 * runtime's node, not API; one thread at a time.
 */
public final class PartitionBuffer<T> {
    private final int n;
    /** The buffer of {@link #add(Object)}, which takes no key. */
    private final Batch single;

    private final Map<Object, Batch> byKey = new HashMap<>();

    public PartitionBuffer(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("partition size must be at least 1, got " + n);
        }
        this.n = n;
        this.single = new Batch();
    }

    /** Adds {@code x}; returns the full partition (a fresh unmodifiable list) or {@code null}. */
    public List<T> add(T x) {
        return single.add(x, n) ? single.take() : null;
    }

    /** Adds {@code x} to the buffer of {@code key}; returns that buffer once full, or {@code null}. */
    public List<T> add(Object key, T x) {
        Batch batch = byKey.get(key);
        if (batch == null) {
            batch = new Batch();
            byKey.put(key, batch);
        }
        if (!batch.add(x, n)) {
            return null;
        }
        byKey.remove(key); // before the list goes downstream: a feedback loop re-entering starts afresh
        return batch.take();
    }

    /** Removes the partial buffer of {@code key} and returns it, or {@code null} when it holds nothing. */
    public List<T> flush(Object key) {
        Batch batch = byKey.remove(key);
        return batch == null || batch.size == 0 ? null : batch.take();
    }

    /** Discards every partial buffer (a closed pipeline lets go of what it held). */
    public void clear() {
        single.take();
        byKey.clear();
    }

    /** One buffer: its elements, oldest first, in an array that grows up to n. */
    private static final class Batch {
        private Object[] items = Growth.NO_OBJECTS;
        private int size;

        /** Appends {@code x}; returns whether the buffer now holds n elements. */
        boolean add(Object x, int n) {
            if (size == items.length) {
                items = Growth.grow(items, n);
            }
            items[size++] = x;
            return size == n;
        }

        /** The elements as a list that owns them, leaving this buffer empty. */
        <T> List<T> take() {
            Object[] held = size == items.length ? items : Arrays.copyOf(items, size);
            items = Growth.NO_OBJECTS;
            size = 0;
            return Lists.wrap(held);
        }
    }
}
