package io.streamz.bench;

/**
 * The hand-written floor for {@code unique(history)} over ints: an LRU set of at most
 * {@code capacity} int keys with no boxing and no allocation after construction. An
 * open-addressing table (linear probing, backward-shift deletion) maps a key to its node; the
 * nodes form a doubly linked list from least to most recently used.
 */
final class IntLruSet {
    private static final int NONE = -1;

    private final int capacity;
    private final int shift;
    private final int mask;
    /** Table slot -> node index + 1; 0 is an empty slot. */
    private final int[] slots;

    private final int[] keys;
    private final int[] prev;
    private final int[] next;
    private int size;
    private int eldest = NONE;
    private int newest = NONE;

    IntLruSet(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, not " + capacity);
        }
        this.capacity = capacity;
        int bits = 32 - Integer.numberOfLeadingZeros(capacity * 2 - 1); // load factor <= 1/2
        this.shift = 32 - bits;
        this.mask = (1 << bits) - 1;
        this.slots = new int[1 << bits];
        this.keys = new int[capacity];
        this.prev = new int[capacity];
        this.next = new int[capacity];
    }

    /**
     * Marks {@code key} as the most recently used; returns whether it was absent (then it is
     * added, evicting the least recently used key if the set was full).
     */
    boolean add(int key) {
        int slot = home(key);
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if (keys[entry - 1] == key) {
                moveToNewest(entry - 1);
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int node;
        if (size < capacity) {
            node = size++;
        } else {
            node = eldest;
            unlink(node);
            removeSlotOf(keys[node]);
            slot = findEmptySlot(key); // the removal may have shifted entries into the probe path
        }
        keys[node] = key;
        slots[slot] = node + 1;
        linkNewest(node);
        return true;
    }

    private int home(int key) {
        return (key * 0x9E3779B9) >>> shift; // Fibonacci hashing: spreads neighbouring keys
    }

    private int findEmptySlot(int key) {
        int slot = home(key);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void removeSlotOf(int key) {
        int hole = home(key);
        while (keys[slots[hole] - 1] != key) {
            hole = (hole + 1) & mask;
        }
        // Backward shift: move later entries of the probe run into the hole when their home allows.
        for (int slot = (hole + 1) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int home = home(keys[slots[slot] - 1]);
            boolean homeBetweenHoleAndSlot = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
            if (!homeBetweenHoleAndSlot) {
                slots[hole] = slots[slot];
                hole = slot;
            }
        }
        slots[hole] = 0;
    }

    private void moveToNewest(int node) {
        if (node != newest) {
            unlink(node);
            linkNewest(node);
        }
    }

    private void unlink(int node) {
        int before = prev[node];
        int after = next[node];
        if (before == NONE) {
            eldest = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            newest = before;
        } else {
            prev[after] = before;
        }
    }

    private void linkNewest(int node) {
        prev[node] = newest;
        next[node] = NONE;
        if (newest == NONE) {
            eldest = node;
        } else {
            next[newest] = node;
        }
        newest = node;
    }
}
