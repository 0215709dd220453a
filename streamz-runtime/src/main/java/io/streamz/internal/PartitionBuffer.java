package io.streamz.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a fused {@code partition(n)} or {@code partition(n, key)}: buffers, one per key,
 * emitted as a list when they hold n elements. Called by generated code, not API; one thread at
 * a time.
 */
public final class PartitionBuffer<T> {
    private final int n;
    private Object[] single;
    private int size;
    private final Map<Object, Object[]> byKey = new HashMap<>();
    private final Map<Object, Integer> sizes = new HashMap<>();

    public PartitionBuffer(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("partition size must be at least 1, got " + n);
        }
        this.n = n;
        this.single = new Object[n];
    }

    /** Adds {@code x}; returns the full partition (a fresh unmodifiable list) or {@code null}. */
    public List<T> add(T x) {
        single[size++] = x;
        if (size < n) {
            return null;
        }
        Object[] full = single;
        single = new Object[n];
        size = 0;
        return Lists.wrap(full);
    }

    /** Adds {@code x} to the buffer of {@code key}; returns that buffer once full, or {@code null}. */
    public List<T> add(Object key, T x) {
        Object[] buffer = byKey.computeIfAbsent(key, unused -> new Object[n]);
        int filled = sizes.getOrDefault(key, 0);
        buffer[filled++] = x;
        if (filled < n) {
            sizes.put(key, filled);
            return null;
        }
        byKey.remove(key);
        sizes.remove(key);
        return Lists.wrap(buffer);
    }
}
