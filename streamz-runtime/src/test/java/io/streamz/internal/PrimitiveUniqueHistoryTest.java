package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive history of fused unique, against {@link UniqueHistory} and the interpreted unique. */
class PrimitiveUniqueHistoryTest {

    /** Which of {@code keys} each history lets through, in order. */
    private static List<Long> passed(PrimitiveUniqueHistory history, long... keys) {
        List<Long> out = new ArrayList<>();
        for (long key : keys) {
            if (history.firstSeen(key)) {
                out.add(key);
            }
        }
        return out;
    }

    @Test
    void anUnboundedHistoryLetsEachKeyThroughOnce() {
        assertEquals(
                List.of(3L, -1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE),
                passed(
                        new PrimitiveUniqueHistory(0),
                        3,
                        -1,
                        3,
                        0,
                        -1,
                        Long.MIN_VALUE,
                        0,
                        Long.MAX_VALUE,
                        Long.MIN_VALUE));
    }

    @Test
    void aHistoryOfOneForgetsAllButTheLastKey() {
        assertEquals(List.of(1L, 2L, 1L, 2L), passed(new PrimitiveUniqueHistory(1), 1, 1, 2, 2, 2, 1, 2));
    }

    @Test
    void aRepeatRefreshesRecencySoTheEldestOtherKeyIsEvicted() {
        PrimitiveUniqueHistory recent = new PrimitiveUniqueHistory(2);
        assertTrue(recent.firstSeen(1));
        assertTrue(recent.firstSeen(2));
        assertFalse(recent.firstSeen(1)); // refreshes 1: 2 is now the eldest
        assertTrue(recent.firstSeen(3)); // evicts 2
        assertFalse(recent.firstSeen(1));
        assertTrue(recent.firstSeen(2)); // evicts 3
        assertTrue(recent.firstSeen(3)); // evicts 1
        assertFalse(recent.firstSeen(2));
        assertTrue(recent.firstSeen(1));
    }

    @Test
    void evictionFollowsRecencyNotArrival() {
        PrimitiveUniqueHistory recent = new PrimitiveUniqueHistory(3);
        // The repeat of 20 makes 10 the eldest: 40 evicts 10, then 10 evicts 30; 20 and 40 stay.
        assertEquals(List.of(10L, 20L, 30L, 40L, 10L), passed(recent, 10, 20, 30, 20, 40, 10, 20, 40));
        // Recency now 10, 20, 40 (eldest first); 40 and 10 refresh, so 30 evicts 20.
        assertEquals(List.of(30L, 20L), passed(recent, 40, 10, 30, 20));
    }

    @Test
    void intExtremesAndNegativeKeysAreDistinctKeys() {
        PrimitiveUniqueHistory history = new PrimitiveUniqueHistory(4);
        int[] keys = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0};
        for (int key : keys) {
            assertTrue(history.firstSeen(key), "first " + key);
        }
        for (int key : keys) {
            assertFalse(history.firstSeen(key), "repeat " + key);
        }
        // An int and the long of the same value are the same key (the repeat refreshes MIN_VALUE);
        // a different long is not, and evicts MAX_VALUE, the eldest by then.
        assertFalse(history.firstSeen((long) Integer.MIN_VALUE));
        assertTrue(history.firstSeen(Integer.MIN_VALUE - 1L));
        assertTrue(history.firstSeen(Integer.MAX_VALUE)); // evicts -1
        assertEquals(List.of(-1L), passed(history, Integer.MIN_VALUE, Integer.MIN_VALUE - 1L, 0, -1));
    }

    @Test
    void keysThatCollideInTheTableAreKeptApart() {
        // Multiples of 2^40 share their low bits; with a history of 8 many fall on the same slots.
        PrimitiveUniqueHistory history = new PrimitiveUniqueHistory(8);
        long[] keys = new long[8];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) i << 40;
            assertTrue(history.firstSeen(keys[i]));
        }
        for (long key : keys) {
            assertFalse(history.firstSeen(key));
        }
    }

    @Test
    void aNegativeHistoryIsRefusedAsUniqueHistoryRefusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PrimitiveUniqueHistory(-1));
        assertEquals("unique history must be 0 (unlimited) or more, got -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UniqueHistory(-1));
    }

    @Test
    void randomSequencesMatchUniqueHistoryForEveryHistorySize() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            int history = round % 5 == 0 ? 0 : 1 + random.nextInt(round < 200 ? 8 : 300);
            int range = 1 + random.nextInt(round < 200 ? 20 : 1000);
            long offset = random.nextBoolean() ? 0 : random.nextLong();
            PrimitiveUniqueHistory primitive = new PrimitiveUniqueHistory(history);
            UniqueHistory boxed = new UniqueHistory(history);
            for (int i = 0; i < 3000; i++) {
                long key = offset + random.nextInt(range) - range / 2;
                assertEquals(
                        boxed.firstSeen(key),
                        primitive.firstSeen(key),
                        "round " + round + ", history " + history + ", element " + i + ", key " + key);
            }
        }
    }

    @Test
    void aLargeHistoryGrowsAndStillEvictsTheEldest() {
        int history = 1000;
        PrimitiveUniqueHistory primitive = new PrimitiveUniqueHistory(history);
        UniqueHistory boxed = new UniqueHistory(history);
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int key = i < 1500 ? i : random.nextInt(2500) * 31;
            assertEquals(boxed.firstSeen(key), primitive.firstSeen(key), "element " + i + ", key " + key);
        }
        // After 1500 distinct keys in a row only the last 1000 of them were kept at that point.
        PrimitiveUniqueHistory fresh = new PrimitiveUniqueHistory(history);
        for (int i = 0; i < 1500; i++) {
            fresh.firstSeen(i);
        }
        assertTrue(fresh.firstSeen(499));
        assertFalse(fresh.firstSeen(1499));
    }

    @Test
    void anUnboundedHistoryGrowsPastItsFirstArrays() {
        PrimitiveUniqueHistory all = new PrimitiveUniqueHistory(0);
        for (int i = 0; i < 100_000; i++) {
            assertTrue(all.firstSeen(i * 7919L));
        }
        for (int i = 0; i < 100_000; i++) {
            assertFalse(all.firstSeen(i * 7919L), "key " + i * 7919L);
        }
        assertTrue(all.firstSeen(-7919L));
    }

    @Test
    void intKeysMatchTheInterpretedUniqueOnRandomInput() {
        Random random = new Random(3);
        for (int history : new int[] {0, 1, 2, 5, 100}) {
            Stream<Integer> source = new Stream<>();
            List<Integer> interpreted = source.unique(history).sinkToList();
            PrimitiveUniqueHistory fused = new PrimitiveUniqueHistory(history);
            List<Integer> fusedOut = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int x = random.nextInt(200) - 100;
                source.emit(x);
                if (fused.firstSeen(x)) {
                    fusedOut.add(x);
                }
            }
            assertEquals(List.copyOf(interpreted), fusedOut, "history " + history);
        }
    }
}
