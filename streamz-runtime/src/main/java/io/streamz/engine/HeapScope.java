package io.streamz.engine;

/**
 * The heap state of one key scope: a row per key holding every state of the scope, so a key
 * change costs one lookup whatever the number of handles. The scope always points at its current
 * key's row, so a handle reads it with no key check: whoever makes a key current
 * {@linkplain #enter enters} it ({@link LocalEngine} for each input, exchange and timer, {@link
 * HeapBackend#setCurrentKey} for every scope), which looks the row up once, and only when the key
 * is another object than the current row's.
 *
 * <p>A key without state has an unlisted row (one spare, reused from key to key); the row is
 * listed when its first state is set, and dropped again when another key becomes current while
 * all its states are empty, so the heap holds no keys without state. Until the first row is made
 * (by the first handle call), the scope holds only the current key, and handles may still be
 * added.
 */
final class HeapScope {
    /** The scope's index in the spec. */
    final int index;

    private final RowTable rows = new RowTable();
    private int primitiveSlots;
    private int objectSlots;
    /** The current key's row; {@code null} only before the first row is made. */
    private Row row;
    /** The current key while {@link #row} is {@code null}. */
    private Object pendingKey;
    /** An unlisted empty row, reused for the next key without state. */
    private Row spare;
    /** How many runs of this scope {@link LocalEngine} has on its stack. */
    int depth;

    HeapScope(int index, Object currentKey) {
        this.index = index;
        this.pendingKey = currentKey;
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

    /** The current key's row, made empty if no row was made yet. */
    Row row() {
        Row r = row;
        return r != null ? r : firstRow();
    }

    /** The current key. */
    Object key() {
        Row r = row;
        return r != null ? r.key : pendingKey;
    }

    /** Makes {@code key} current: its row if it has one, an empty unlisted row if not. */
    void enter(Object key) {
        Row r = row;
        if (r != null ? r.key != key : pendingKey != key) {
            switchTo(key);
        }
    }

    int keyCount() {
        return rows.size();
    }

    private void switchTo(Object key) {
        Row r = row;
        if (r == null) {
            pendingKey = key; // no row made yet: nothing to leave, nothing to find
            return;
        }
        if (r.live == 0) {
            drop(r);
        }
        Row found = rows.get(key);
        row = found != null ? found : unlisted(key);
    }

    // The rare paths below stay out of switchTo and row(), so the allocation stays out of the
    // compiled key switch: whether C2 inlined it there depended on when profiling began, and
    // varied from one JVM run to the next.

    /** Leaving a row whose states are all empty: unlist it and keep it as the spare. */
    private void drop(Row r) {
        if (r.listed) {
            rows.remove(r.key); // an equal key gets the row back as its unlisted row
            r.listed = false;
        }
        spare = r;
    }

    /** An empty unlisted row for {@code key}: the spare, or a new one. */
    private Row unlisted(Object key) {
        Row r = spare;
        if (r == null) {
            r = new Row(this, primitiveSlots, objectSlots);
        } else {
            spare = null;
        }
        r.key = key;
        return r;
    }

    private Row firstRow() {
        Row r = unlisted(pendingKey);
        pendingKey = null;
        row = r;
        return r;
    }

    private void list(Row r) {
        rows.add(r.key, r);
        r.listed = true;
    }

    private void checkOpen(String state) {
        if (row != null) {
            throw new IllegalStateException("state '" + state + "' of scope " + index
                    + " is created after the scope already holds state; create every handle before the first element");
        }
    }

    /** One key's states: primitives as raw {@code long} bits, objects, and which of them are set. */
    static final class Row {
        private final HeapScope scope;
        final long[] primitives;
        final Object[] objects;
        private final boolean[] present;
        /** The key this row belongs to; changes only while the row is unlisted. */
        Object key;
        /** How many of its states are set. */
        int live;
        /** Whether the scope's table holds it. */
        boolean listed;

        Row(HeapScope scope, int primitiveSlots, int objectSlots) {
            this.scope = scope;
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
                if (set && !listed) {
                    scope.list(this);
                }
            }
        }
    }
}
