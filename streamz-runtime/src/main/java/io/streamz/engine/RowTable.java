package io.streamz.engine;

/**
 * The rows of one {@link HeapScope} by key: open addressing with linear probing, keys compared by
 * identity before {@code equals}, the {@code null} key beside the table, removal by shifting the
 * rest of a probe run back (no tombstones). At most a quarter full, so a lookup of a present key
 * mostly reads its home slot only (a slot further costs a mispredicted branch); a key's hash is read
 * once per lookup ({@code String} caches its own).
 * Finding a row allocates nothing.
 */
final class RowTable {
    private static final int MIN_CAPACITY = 16;

    private Object[] keys = new Object[MIN_CAPACITY];
    private HeapScope.Row[] rows = new HeapScope.Row[MIN_CAPACITY];
    private int size;
    private HeapScope.Row nullRow;

    /** {@return how many keys have a row} */
    int size() {
        return size + (nullRow != null ? 1 : 0);
    }

    /** {@return {@code key}'s row, or {@code null} if it has none} */
    HeapScope.Row get(Object key) {
        if (key == null) {
            return nullRow;
        }
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int i = home(key, mask); ; i = (i + 1) & mask) {
            Object at = ks[i];
            if (at == key) {
                return rows[i];
            }
            if (at == null) {
                return null;
            }
            if (at.equals(key)) {
                return rows[i];
            }
        }
    }

    /** Adds {@code row} for {@code key}, which has none. */
    void add(Object key, HeapScope.Row row) {
        if (key == null) {
            nullRow = row;
            return;
        }
        if ((size + 1) * 4 > keys.length) {
            resize(keys.length * 2);
        }
        place(key, row);
        size++;
    }

    /** Removes {@code key}'s row, if it has one. */
    void remove(Object key) {
        if (key == null) {
            nullRow = null;
            return;
        }
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int i = home(key, mask); ks[i] != null; i = (i + 1) & mask) {
            if (ks[i] == key || ks[i].equals(key)) {
                closeGap(i);
                size--;
                return;
            }
        }
    }

    /** Spreads the hash's bits over the mask (Fibonacci hashing), so near hashes land apart. */
    private static int home(Object key, int mask) {
        int h = key.hashCode();
        return ((h ^ (h >>> 16)) * 0x9E3779B9 >>> 8) & mask;
    }

    private void place(Object key, HeapScope.Row row) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        int i = home(key, mask);
        while (ks[i] != null) {
            i = (i + 1) & mask;
        }
        ks[i] = key;
        rows[i] = row;
    }

    private void resize(int capacity) {
        Object[] oldKeys = keys;
        HeapScope.Row[] oldRows = rows;
        keys = new Object[capacity];
        rows = new HeapScope.Row[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                place(oldKeys[i], oldRows[i]);
            }
        }
    }

    /**
     * Empties slot {@code gap}: each later key of the probe run that may move back (its home is
     * not between the gap and it, cyclically) moves into the gap, which moves on to where it was.
     */
    private void closeGap(int gap) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int j = (gap + 1) & mask; ks[j] != null; j = (j + 1) & mask) {
            if (((j - home(ks[j], mask)) & mask) >= ((j - gap) & mask)) {
                ks[gap] = ks[j];
                rows[gap] = rows[j];
                gap = j;
            }
        }
        ks[gap] = null;
        rows[gap] = null;
    }
}
