package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.codec.Codecs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Every handle of {@link HeapBackend}, per key. */
class HeapBackendTest {
    private final HeapBackend heap = new HeapBackend();

    @Test
    void longCellsArePerKeyAndKnowWhetherTheyAreSet() {
        LongState total = heap.longState(StateSpec.longCell("total", "total", 1));
        heap.setCurrentKey("a");
        assertFalse(total.isSet());
        assertEquals(0L, total.get());
        total.set(Long.MIN_VALUE);
        heap.setCurrentKey("b");
        assertFalse(total.isSet());
        total.set(7);
        heap.setCurrentKey("a");
        assertTrue(total.isSet());
        assertEquals(Long.MIN_VALUE, total.get());
        total.clear();
        assertFalse(total.isSet());
        assertEquals(0L, total.get());
        heap.setCurrentKey(new String("b")); // equal, not identical
        assertEquals(7L, total.get());
    }

    @Test
    void intAndDoubleCellsKeepTheirBits() {
        IntState ints = heap.intState(StateSpec.intCell("i", "s", 0));
        DoubleState doubles = heap.doubleState(StateSpec.doubleCell("d", "s", 0));
        heap.setCurrentKey(1);
        ints.set(-1);
        doubles.set(-0.0);
        heap.setCurrentKey(2);
        ints.set(Integer.MAX_VALUE);
        doubles.set(Double.NaN);
        assertEquals(Integer.MAX_VALUE, ints.get());
        assertTrue(Double.isNaN(doubles.get()));
        heap.setCurrentKey(1);
        assertEquals(-1, ints.get());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(doubles.get()));
        doubles.clear();
        assertFalse(doubles.isSet());
        assertTrue(ints.isSet());
        ints.clear();
        assertFalse(ints.isSet());
        assertEquals(0, ints.get());
    }

    @Test
    void valuesAreTheObjectsSetAndNullCountsOnceSet() {
        ValueState<List<String>> value = heap.value(StateSpec.value("v", "s", 0, Codecs.list(Codecs.STRING)));
        heap.setCurrentKey("a");
        assertFalse(value.isSet());
        assertNull(value.get());
        List<String> list = new ArrayList<>(List.of("x"));
        value.set(list);
        assertSame(list, value.get());
        heap.setCurrentKey("b");
        value.set(null);
        assertTrue(value.isSet());
        assertNull(value.get());
        value.clear();
        assertFalse(value.isSet());
        heap.setCurrentKey("a");
        assertSame(list, value.get());
    }

    @Test
    void mapsArePerKey() {
        MapState<Integer, String> map = heap.map(StateSpec.map("m", "s", 0, Codecs.INT, Codecs.STRING));
        heap.setCurrentKey("a");
        assertTrue(map.isEmpty());
        assertNull(map.get(1));
        assertNull(map.remove(1));
        assertNull(map.put(1, "one"));
        assertEquals("one", map.put(1, "uno"));
        map.put(null, null);
        assertTrue(map.containsKey(null));
        assertEquals(2, map.size());
        heap.setCurrentKey("b");
        assertFalse(map.containsKey(1));
        map.put(2, "two");
        heap.setCurrentKey("a");
        Map<Integer, String> seen = new HashMap<>();
        map.forEach(seen::put);
        assertEquals(Map.of(1, "uno"), withoutNull(seen));
        assertEquals("uno", map.remove(1));
        map.clear();
        assertTrue(map.isEmpty());
        heap.setCurrentKey("b");
        assertEquals("two", map.get(2));
    }

    private static Map<Integer, String> withoutNull(Map<Integer, String> map) {
        assertTrue(map.containsKey(null));
        map.remove(null);
        return map;
    }

    @Test
    void anUnboundedSetKeepsEverythingPerKey() {
        SetState<String> seen = heap.set(StateSpec.set("seen", "unique", 0, Codecs.STRING, 0));
        heap.setCurrentKey(1L);
        assertEquals(0, seen.bound());
        assertTrue(seen.add("x"));
        assertFalse(seen.add("x"));
        assertTrue(seen.add(null));
        assertFalse(seen.add(null));
        heap.setCurrentKey(2L);
        assertTrue(seen.add("x"), "another key has its own set");
        heap.setCurrentKey(1L);
        for (int i = 0; i < 1000; i++) {
            seen.add("e" + i);
        }
        assertEquals(1002, seen.size());
        assertTrue(seen.contains("e0"));
        assertTrue(seen.remove("x"));
        assertFalse(seen.remove("x"));
        assertFalse(seen.contains("x"));
    }

    @Test
    void aBoundedSetEvictsTheLeastRecentlyUsedAndAHitRefreshes() {
        SetState<String> recent = heap.set(StateSpec.set("recent", "unique", 0, Codecs.STRING, 3));
        heap.setCurrentKey("k");
        assertEquals(3, recent.bound());
        assertEquals(List.of(true, true, true), adds(recent, "a", "b", "c"));
        assertEquals(List.of(false), adds(recent, "a"), "a hit, now most recent: b is the eldest");
        assertEquals(List.of(true), adds(recent, "d"), "evicts b");
        assertFalse(recent.contains("b"));
        assertTrue(recent.contains("c"), "contains does not refresh");
        assertEquals(List.of(true), adds(recent, "e"), "evicts c, the eldest although just looked at");
        assertFalse(recent.contains("c"));
        assertEquals(List.of(false, false, false, true), adds(recent, "a", "d", "e", "b"));
        assertEquals(3, recent.size());
        assertFalse(recent.contains("a"), "a was the eldest after the refresh of a, d, e");
    }

    private static List<Boolean> adds(SetState<String> set, String... elements) {
        List<Boolean> added = new ArrayList<>();
        for (String e : elements) {
            added.add(set.add(e));
        }
        return added;
    }

    @Test
    void boundedSetsOfDifferentKeysEvictIndependently() {
        SetState<Integer> recent = heap.set(StateSpec.set("recent", "unique", 0, Codecs.INT, 1));
        heap.setCurrentKey("a");
        recent.add(1);
        heap.setCurrentKey("b");
        recent.add(2);
        heap.setCurrentKey("a");
        assertFalse(recent.add(1));
        assertTrue(recent.add(2));
        assertTrue(recent.add(1), "1 was evicted by 2 in a's set");
        heap.setCurrentKey("b");
        assertFalse(recent.add(2));
    }

    @Test
    void queuesAreFifoPerKeyAndAllowNull() {
        QueueState<String> queue = heap.queue(StateSpec.queue("q", "zip", 0, Codecs.STRING));
        heap.setCurrentKey("a");
        assertTrue(queue.isEmpty());
        assertThrows(NoSuchElementException.class, queue::peek);
        assertThrows(NoSuchElementException.class, queue::poll);
        for (int i = 0; i < 20; i++) { // past the initial capacity, wrapping around
            queue.add("a" + i);
            if (i % 3 == 0) {
                assertEquals("a" + (i / 3), queue.poll());
            }
        }
        queue.add(null);
        heap.setCurrentKey("b");
        queue.add("b0");
        heap.setCurrentKey("a");
        assertEquals("a7", queue.peek());
        List<String> expected = new ArrayList<>();
        for (int i = 7; i < 20; i++) {
            expected.add("a" + i);
        }
        expected.add(null);
        assertEquals(expected, queue.drain());
        assertTrue(queue.isEmpty());
        assertEquals(List.of(), queue.drain());
        queue.add("again");
        assertEquals(1, queue.size());
        queue.clear();
        assertEquals(0, queue.size());
        heap.setCurrentKey("b");
        assertEquals(Arrays.asList("b0"), queue.drain());
    }

    @Test
    void keysWhoseStateIsAllEmptyAreDroppedWhenAnotherKeyBecomesCurrent() {
        LongState cell = heap.longState(StateSpec.longCell("c", "s", 2));
        QueueState<Integer> queue = heap.queue(StateSpec.queue("q", "s", 2, Codecs.INT));
        heap.setCurrentKey("a");
        cell.set(1);
        queue.add(1);
        heap.setCurrentKey("b");
        queue.add(2);
        heap.setCurrentKey("c");
        assertFalse(cell.isSet()); // a read makes a row for c
        heap.setCurrentKey("a");
        cell.isSet();
        assertEquals(2, heap.keyCount(2), "c had no state and was dropped");
        cell.clear();
        assertEquals(1, queue.poll());
        heap.setCurrentKey("b");
        assertEquals(2, queue.peek());
        assertEquals(1, heap.keyCount(2), "a is empty now");
        queue.poll();
        heap.setCurrentKey("a");
        assertEquals(0, queue.size());
        assertEquals(0, heap.keyCount(2), "b was dropped, and a, current, has set nothing");
        cell.set(5);
        assertEquals(1, heap.keyCount(2), "a's first state gives it a row");
        assertEquals(0, heap.keyCount(7));
    }

    @Test
    void scopesDoNotShareState() {
        LongState inOne = heap.longState(StateSpec.longCell("one", "s", 0));
        LongState inTwo = heap.longState(StateSpec.longCell("two", "t", 1));
        heap.setCurrentKey("k");
        inOne.set(1);
        inTwo.set(2);
        assertEquals(1, inOne.get());
        assertEquals(2, inTwo.get());
        assertEquals(1, heap.keyCount(0));
        assertEquals(1, heap.keyCount(1));
    }

    @Test
    void twoHandlesOfOneStateShareItAndAKindMismatchIsRefused() {
        StateSpec spec = StateSpec.longCell("total", "total", 0);
        LongState first = heap.longState(spec);
        LongState second = heap.longState(spec);
        heap.setCurrentKey("k");
        first.set(4);
        assertEquals(4, second.get());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> heap.intState(spec));
        assertEquals("state 'total' is a LONG state, not a INT state", kind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> heap.longState(StateSpec.longCell("total", "other", 0)));
    }

    @Test
    void handlesMustBeCreatedBeforeTheScopeHoldsState() {
        LongState cell = heap.longState(StateSpec.longCell("c", "s", 0));
        heap.setCurrentKey("k");
        cell.set(1);
        IllegalStateException late = assertThrows(
                IllegalStateException.class, () -> heap.value(StateSpec.value("v", "s", 0, Codecs.STRING)));
        assertTrue(late.getMessage().startsWith("state 'v' of scope 0 is created after the scope already holds state"));
        heap.value(StateSpec.value("w", "s", 1, Codecs.STRING)); // another scope is still open
    }
}
