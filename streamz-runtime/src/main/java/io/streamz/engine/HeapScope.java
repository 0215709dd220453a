package io.streamz.engine;

import java.util.Objects;

/**
 * The heap state of one key scope: a row per key holding every state of the scope, so a key
 * change costs one lookup whatever the number of handles. The last row is cached by the key's
 * identity: a handle finds it with one comparison while its key stays current. An engine that
 * sets a key {@linkplain #enter enters} it, which looks its row up once for every handle. A row is
 * made by the first handle call of a key that has none; a row whose states are all empty is
 * dropped when another key becomes current, so the heap holds no keys without state.
 */
final class HeapScope {
    private final HeapBackend backend;
    private final int index;
    private final RowTable rows = new RowTable();
    private int primitiveSlots;
    private int objectSlots;
    private boolean frozen;
    private Object rowKey;
    private Row row;

    HeapScope(HeapBackend backend, int index) {
        this.backend = backend;
        this.index = index;
    }

    /** A new slot for a primitive cell. */
    int addPrimitive(String state) {
        checkOpen(state);
        return primitiveSlots++;
    }

    /** A new slot for a value or collection. */
    int addObject(String state) {
        checkOpen(state);
        return objectSlots++;
    }

    /** The current key's row, created empty if the key has none. */
    Row row() {
        Row r = row;
        Object key = backend.currentKey;
        if (r != null && key == rowKey) {
            return r;
        }
        return switchTo(key);
    }

    /**
     * Caches {@code key}'s row, if it has one, before {@code key} becomes the backend's current
     * key; makes none (a key without state stays without a row).
     */
    void enter(Object key) {
        if (key != rowKey) {
            leaveRow(key);
            rowKey = key;
            row = rows.get(key);
        }
    }

    /** How many keys have a row. */
    int keyCount() {
        return rows.size();
    }

    private Row switchTo(Object key) {
        leaveRow(key);
        Row r = rows.get(key);
        if (r == null) {
            frozen = true;
            r = new Row(primitiveSlots, objectSlots);
            rows.add(key, r);
        }
        rowKey = key;
        row = r;
        return r;
    }

    /** Drops the cached row if it is empty and {@code next} is another key. */
    private void leaveRow(Object next) {
        Row r = row;
        if (r != null && r.live == 0 && !Objects.equals(next, rowKey)) {
            rows.remove(rowKey); // an equal key would find the same row
            row = null;
        }
    }

    private void checkOpen(String state) {
        if (frozen) {
            throw new IllegalStateException("state '" + state + "' of scope " + index
                    + " is created after the scope already holds state; create every handle before the first element");
        }
    }

    /** One key's state in a scope: primitive cells as raw bits, objects, and which are present. */
    static final class Row {
        final long[] primitives;
        final Object[] objects;
        private final boolean[] present;
        /** How many states are present (a collection: non-empty). */
        int live;

        Row(int primitiveSlots, int objectSlots) {
            this.primitives = new long[primitiveSlots];
            this.objects = new Object[objectSlots];
            this.present = new boolean[primitiveSlots + objectSlots];
        }

        boolean primitiveSet(int slot) {
            return present[slot];
        }

        void markPrimitive(int slot, boolean set) {
            mark(slot, set);
        }

        boolean objectSet(int slot) {
            return present[primitives.length + slot];
        }

        void markObject(int slot, boolean set) {
            mark(primitives.length + slot, set);
        }

        private void mark(int flag, boolean set) {
            if (present[flag] != set) {
                present[flag] = set;
                live += set ? 1 : -1;
            }
        }
    }
}
