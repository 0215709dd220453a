package io.streamz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive LRU behind the hand-written unique floor agrees with a plain list model. */
class IntLruSetTest {

    @Test
    void agreesWithAListModelOnRandomKeys() {
        SplittableRandom random = new SplittableRandom(3);
        for (int capacity : new int[] {1, 2, 3, 7, 100}) {
            for (int bound : new int[] {2, capacity + 1, capacity * 3, 1 << 30}) {
                IntLruSet set = new IntLruSet(capacity);
                List<Integer> recentLast = new ArrayList<>();
                for (int i = 0; i < 5_000; i++) {
                    int key = random.nextInt(bound) - bound / 2; // negative keys too
                    boolean seen = recentLast.remove(Integer.valueOf(key));
                    recentLast.add(key);
                    if (recentLast.size() > capacity) {
                        recentLast.remove(0);
                    }
                    assertEquals(!seen, set.add(key), "capacity " + capacity + ", key " + key + ", step " + i);
                }
            }
        }
    }

    @Test
    void aRepeatRefreshesRecency() {
        IntLruSet set = new IntLruSet(2);
        assertTrue(set.add(1));
        assertTrue(set.add(2));
        assertFalse(set.add(1)); // 1 is now the most recent
        assertTrue(set.add(3)); // evicts 2
        assertFalse(set.add(1));
        assertTrue(set.add(2));
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new IntLruSet(0));
    }
}
