package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.streamz.check.Gens;
import io.streamz.check.Property;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RowTable} against a {@link HashMap}, with keys whose hashes collide on purpose. */
class RowTableTest {
    /** A key equal by {@code id}, hashing to {@code id % buckets}: long probe runs that wrap around. */
    private record Key(int id, int buckets) {
        @Override
        public int hashCode() {
            return Math.floorMod(id, buckets);
        }
    }

    @Test
    void addGetAndRemoveAgreeWithAHashMapWhateverTheCollisions() {
        Property.of("RowTable == HashMap", Gens.longs(), seed -> "seed " + seed)
                .tries(200)
                .check(RowTableTest::agreesWithAHashMap);
    }

    /**
     * 400 random adds and removes of 69 keys hashing to 3 values (three long probe runs that
     * wrap around the table) and {@code null}, checked against a {@link HashMap} after each.
     */
    private static void agreesWithAHashMap(long seed) {
        Random random = new Random(seed);
        RowTable table = new RowTable();
        Map<Object, HeapScope.Row> model = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Object key = key(random.nextInt(70));
            if (random.nextInt(3) > 0 && !model.containsKey(key)) { // more adds than removes: it grows
                HeapScope.Row row = new HeapScope.Row(null, 1, 0);
                table.add(key, row);
                model.put(key, row);
            } else {
                table.remove(key);
                model.remove(key);
            }
            assertEquals(model.size(), table.size());
            Object probe = key(random.nextInt(70));
            assertSame(model.get(probe), table.get(probe), () -> "key " + probe);
        }
        for (int id = 0; id < 70; id++) {
            Object key = key(id);
            assertSame(model.get(key), table.get(key), () -> "key " + key);
        }
    }

    private static Object key(int id) {
        return id == 69 ? null : new Key(id, 3);
    }

    @Test
    void removingFromTheMiddleOfAWrappingRunKeepsTheRestFindable() {
        RowTable table = new RowTable();
        HeapScope.Row[] rows = new HeapScope.Row[40];
        for (int id = 0; id < rows.length; id++) {
            rows[id] = new HeapScope.Row(null, 0, 1);
            table.add(new Key(id, 1), rows[id]); // one hash: a single run, past two resizes
        }
        for (int id = 0; id < rows.length; id += 3) {
            table.remove(new Key(id, 1));
        }
        for (int id = 0; id < rows.length; id++) {
            if (id % 3 == 0) {
                assertNull(table.get(new Key(id, 1)));
            } else {
                assertSame(rows[id], table.get(new Key(id, 1)));
            }
        }
        assertEquals(26, table.size());
        table.remove(new Key(99, 1)); // absent: nothing changes
        assertEquals(26, table.size());
    }

    @Test
    void anEqualKeyFindsTheRowOfAnIdenticalOneAndNullIsAKey() {
        RowTable table = new RowTable();
        HeapScope.Row row = new HeapScope.Row(null, 1, 0);
        HeapScope.Row nullRow = new HeapScope.Row(null, 1, 0);
        table.add("customer-1", row);
        table.add(null, nullRow);
        assertSame(row, table.get(new String("customer-1")));
        assertSame(nullRow, table.get(null));
        assertEquals(2, table.size());
        table.remove(null);
        assertNull(table.get(null));
        assertEquals(1, table.size());
    }
}
