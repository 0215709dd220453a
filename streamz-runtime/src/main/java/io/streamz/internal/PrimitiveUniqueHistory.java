package io.streamz.internal;

/**
 * The state of a fused {@code unique(history)} whose keys are unboxed {@code int}s or
 * {@code long}s (an {@code int} widens to the same {@code long}, so one class serves both): what
 * {@link UniqueHistory} does, without boxing and without allocating once the history is full.
 * History 0 remembers every key; otherwise the {@code history} most recently seen, a repeat
 * refreshing recency, the least recently seen evicted first.
 *
 * <p>Keys live in node arrays; an open-addressing table (linear probing, at most half full) maps a
 * key to its node, and a bounded history links the nodes from least to most recently seen. The
 * arrays grow by doubling, up to the history, so a large history costs memory only when used.
 * Called by generated code, not API; one thread at a time.
 */
public final class PrimitiveUniqueHistory {
    private static final int NONE = -1;
    private static final int INITIAL_NODES = 16;
    /** The largest table: 2^30 slots, so at most 2^29 keys. */
    private static final int MAX_TABLE_BITS = 30;

    /** The most keys kept; {@code Integer.MAX_VALUE} for history 0. */
    private final int capacity;

    private final boolean bounded;
    /** Table slot -> node index + 1; 0 is an empty slot. */
    private int[] slots;

    private int shift;
    private int mask;
    private long[] keys;
    /** Recency links, for a bounded history only. */
    private int[] older;

    private int[] newer;
    private int size;
    private int eldest = NONE;
    private int newest = NONE;

    public PrimitiveUniqueHistory(int history) {
        if (history < 0) {
            throw new IllegalArgumentException("unique history must be 0 (unlimited) or more, got " + history);
        }
        this.bounded = history > 0;
        this.capacity = bounded ? history : Integer.MAX_VALUE;
        allocate(Math.min(capacity, INITIAL_NODES));
    }

    /** Records {@code key} as seen; returns whether it was new (and so the element goes downstream). */
    public boolean firstSeen(long key) {
        int slot = home(key);
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if (keys[entry - 1] == key) {
                if (bounded) {
                    makeNewest(entry - 1);
                }
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int node;
        if (size < capacity) {
            if (size == keys.length) {
                grow();
                slot = emptySlotFor(key);
            }
            node = size++;
        } else {
            node = eldest;
            unlink(node);
            removeFromTable(keys[node]);
            slot = emptySlotFor(key); // the removal may have shifted a key into the probe path
        }
        keys[node] = key;
        slots[slot] = node + 1;
        if (bounded) {
            linkNewest(node);
        }
        return true;
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); // Fibonacci hashing: the top bits
    }

    private int emptySlotFor(long key) {
        int slot = home(key);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Backward-shift deletion: moves later entries of the probe run into the hole, no tombstones. */
    private void removeFromTable(long key) {
        int hole = home(key);
        while (keys[slots[hole] - 1] != key) {
            hole = (hole + 1) & mask;
        }
        for (int slot = (hole + 1) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int wanted = home(keys[slots[slot] - 1]);
            // The entry may fill the hole unless its home lies cyclically in (hole, slot].
            if (((slot - wanted) & mask) >= ((slot - hole) & mask)) {
                slots[hole] = slots[slot];
                hole = slot;
            }
        }
        slots[hole] = 0;
    }

    private void makeNewest(int node) {
        if (node != newest) {
            unlink(node);
            linkNewest(node);
        }
    }

    private void unlink(int node) {
        int before = older[node];
        int after = newer[node];
        if (before == NONE) {
            eldest = after;
        } else {
            newer[before] = after;
        }
        if (after == NONE) {
            newest = before;
        } else {
            older[after] = before;
        }
    }

    private void linkNewest(int node) {
        older[node] = newest;
        newer[node] = NONE;
        if (newest == NONE) {
            eldest = node;
        } else {
            newer[newest] = node;
        }
        newest = node;
    }

    /** Doubles the node arrays (up to the capacity) and rebuilds the table for them. */
    private void grow() {
        long[] oldKeys = keys;
        int[] oldOlder = older;
        int[] oldNewer = newer;
        int nodes = (int) Math.min((long) keys.length * 2, capacity);
        allocate(nodes);
        System.arraycopy(oldKeys, 0, keys, 0, size);
        if (bounded) {
            System.arraycopy(oldOlder, 0, older, 0, size);
            System.arraycopy(oldNewer, 0, newer, 0, size);
        }
        for (int node = 0; node < size; node++) {
            slots[emptySlotFor(keys[node])] = node + 1;
        }
    }

    /** Fresh arrays for {@code nodes} keys and a table at most half full with them. */
    private void allocate(int nodes) {
        int bits = 64 - Long.numberOfLeadingZeros((long) nodes * 2 - 1);
        if (bits > MAX_TABLE_BITS) {
            throw new IllegalStateException(
                    "unique history cannot hold more than " + (1 << (MAX_TABLE_BITS - 1)) + " keys");
        }
        bits = Math.max(bits, 1);
        this.shift = 64 - bits;
        this.mask = (1 << bits) - 1;
        this.slots = new int[1 << bits];
        this.keys = new long[nodes];
        if (bounded) {
            this.older = new int[nodes];
            this.newer = new int[nodes];
        }
    }
}
