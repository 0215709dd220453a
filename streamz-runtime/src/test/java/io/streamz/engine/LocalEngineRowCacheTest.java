package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.streamz.VirtualTimeLoop;
import io.streamz.codec.Codecs;
import io.streamz.engine.KeyedCounter.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The row cache of {@link HeapBackend} as {@link LocalEngine} drives it: an exchange looks the
 * new key's row up once for every handle, and the cache stays right whatever comes between.
 */
class LocalEngineRowCacheTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> out = new ArrayList<>();
    private final LocalEngine engine = LocalEngine.builder(KeyedCounter.SPEC)
            .loop(loop)
            .sink("out", value -> out.add((String) value))
            .build();

    private void send(String key, String kind) {
        engine.accept(KeyedCounter.SOURCE, null, new Event(key, kind));
    }

    @Test
    void keysAlternatingEveryElementKeepTheirOwnState() {
        for (String key : List.of("a", "b", "a", "b", "a", "c", "a")) {
            send(key, "count");
        }
        assertEquals(List.of("a=1", "b=1", "a=2", "b=2", "a=3", "c=1", "a=4"), out);
        assertEquals(3, engine.state().keyCount(1));
    }

    @Test
    void anEqualKeyThatIsAnotherObjectFindsTheSameRow() {
        send("ann", "count");
        send(new String("ann"), "count");
        send("bob", "count");
        send(new String("ann"), "count");
        assertEquals(List.of("ann=1", "ann=2", "bob=1", "ann=3"), out);
        assertEquals(2, engine.state().keyCount(1));
    }

    @Test
    void aKeyThatOnlyPassesThroughGetsNoRow() {
        for (int i = 0; i < 100; i++) {
            send("k" + i, "peek");
        }
        send("a", "count");
        send("z", "peek");
        send("a", "count");
        assertEquals(List.of("a=1", "a=2"), out);
        assertEquals(1, engine.state().keyCount(1), "only a holds state");
    }

    @Test
    void aKeyWhoseStateEmptiesLosesItsRowAndStartsAfresh() {
        send("a", "count");
        send("b", "count");
        loop.advanceBy(Duration.ofMillis(10)); // both flush and clear their state
        assertEquals(List.of("a=1", "b=1", "a=flush:1", "b=flush:1"), out);
        send("c", "count");
        assertEquals(1, engine.state().keyCount(1), "the empty rows were dropped when c became current");
        send("a", "count");
        send("b", "peek");
        send("a", "count");
        assertEquals(List.of("a=1", "b=1", "a=flush:1", "b=flush:1", "c=1", "a=1", "a=2"), out);
    }

    @Test
    void aTimerOfOneKeyBetweenElementsOfAnotherReadsItsOwnRow() {
        send("a", "count");
        loop.advanceBy(Duration.ofMillis(5));
        send("b", "count");
        send("b", "count"); // the cache now holds b
        loop.advanceBy(Duration.ofMillis(5)); // a's timer: a's row, then a is cleared
        send("b", "count"); // b again, after the timer switched the cache to a
        send("a", "count");
        assertEquals(List.of("b=1", "b=2", "a=flush:1", "b=3", "a=1"), out.subList(1, out.size()));
        assertEquals(List.of("a=1"), out.subList(0, 1));
    }

    @Test
    void aNestedExchangeIntoTheSameScopeLeavesTheOuterKeysRowRight() {
        send("a", "nest:b"); // a's row is made only after the nested b=1
        send("a", "nest:a"); // nested into its own key: the same row, counted twice
        send("b", "nest:c");
        assertEquals(List.of("b=1", "a=1", "a=2", "a=3", "c=1", "b=2"), out);
        assertEquals(3, engine.state().keyCount(1));
        assertEquals(null, engine.state().currentKey());
    }

    @Test
    void aHandleCreatedAfterKeysWereEnteredWithoutStateWorksOneAfterStateIsRefused() {
        HeapBackend heap = new HeapBackend();
        LongState first = heap.longState(StateSpec.longCell("first", "s", 1));
        heap.scope(1).enter("a"); // what an exchange does: a has no row, and gets none
        heap.setCurrentKey("a");
        heap.scope(1).enter("b");
        heap.setCurrentKey("b");
        LongState late = heap.longState(StateSpec.longCell("late", "s", 1)); // the scope holds no state yet
        late.set(2);
        first.set(1);
        heap.scope(1).enter("a");
        heap.setCurrentKey("a");
        assertEquals(0, late.get());
        late.set(3);
        heap.setCurrentKey("b");
        assertEquals(1, first.get());
        assertEquals(2, late.get());
        IllegalStateException tooLate = assertThrows(
                IllegalStateException.class, () -> heap.value(StateSpec.value("v", "s", 1, Codecs.STRING)));
        assertTrue(tooLate.getMessage().startsWith("state 'v' of scope 1 is created after"), tooLate.getMessage());
    }

    @Test
    void aKeyedElementAllocatesNothingOnceEveryKeyHasItsRow() {
        com.sun.management.ThreadMXBean counter =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        long[] sum = new long[1];
        LocalEngine totals = LocalEngine.builder(CustomerTotals.SPEC)
                .sinkLong("totals", total -> sum[0] += total)
                .sinkLong("counts", count -> sum[0] += count)
                .build();
        CustomerTotals.Order[] orders = new CustomerTotals.Order[1024];
        java.util.Random random = new java.util.Random(64);
        for (int i = 0; i < orders.length; i++) {
            orders[i] = new CustomerTotals.Order("customer-" + random.nextInt(64), 1 + random.nextInt(9));
        }
        int elements = 200 * orders.length;
        for (int round = 0; round < 2; round++) { // the first round makes the rows and warms up
            long before = counter.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < elements; i++) {
                totals.accept(CustomerTotals.SOURCE_ORDERS, null, orders[i % orders.length]);
            }
            long allocated =
                    counter.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            if (round == 1) {
                assertTrue(allocated < elements / 4, allocated + " bytes for " + elements + " elements");
            }
        }
        assertEquals(64, totals.state().keyCount(1));
        assertTrue(sum[0] > 0);
    }
}
