package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.engine.PipelineSpec;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import io.streamz.kafka.streams.KeyedCorpus.Case;
import io.streamz.kafka.streams.KeyedCorpus.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The parity corpus: seeded inputs through LocalEngine (virtual time) and through the topology on
 * the TopologyTestDriver (wall clock stepped to the same times, or record timestamps in event time)
 * give equal outputs per (sink, key); after the time stages flushed, their stores hold nothing.
 */
class CorpusParityTest {
    private static final long END = 10_000;

    static List<Parity.Input> events(long seed, int n, String... sources) {
        Random random = new Random(seed);
        List<Parity.Input> inputs = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < n; i++) {
            at += random.nextInt(25);
            Event e = new Event("k" + random.nextInt(5), random.nextInt(10));
            inputs.add(new Parity.Input(sources[random.nextInt(sources.length)], null, e, at));
        }
        return inputs;
    }

    private static void assertParity(String pipeline, Supplier<Case> c, TimeMode mode) {
        PipelineSpec spec = KeyedCorpus.spec(pipeline, c.get());
        for (long seed = 1; seed <= 3; seed++) {
            List<Parity.Input> inputs = events(seed, 300, "events");
            Parity.Outputs local = Parity.local(spec, inputs, mode, END);
            Parity.Outputs kafka = Parity.driver(spec, inputs, mode, END);
            assertFalse(local.bySink.isEmpty(), pipeline + " emits something");
            assertEquals(local, kafka, pipeline + " in " + mode + ", seed " + seed);
        }
    }

    @Test
    void returnsStateTotals() {
        assertParity("Means", Cases::returnsStateMean, TimeMode.PROCESSING);
    }

    @Test
    void uniqueWithLruHistory() {
        assertParity("Fresh", Cases::uniqueLru, TimeMode.PROCESSING);
    }

    @Test
    void slidingWindow() {
        assertParity("LastThree", Cases::slidingWindow, TimeMode.PROCESSING);
    }

    @Test
    void partitionWithKey() {
        assertParity("Pairs", Cases::partitionWithKey, TimeMode.PROCESSING);
    }

    @Test
    void lockStepZip() {
        assertParity("LockStep", Cases::lockStepZip, TimeMode.PROCESSING);
    }

    @Test
    void timedWindowInProcessingAndEventTime() {
        assertParity("Windows", () -> Cases.timedWindow(100), TimeMode.PROCESSING);
        assertParity("Windows", () -> Cases.timedWindow(100), TimeMode.EVENT);
    }

    @Test
    void delayInProcessingAndEventTime() {
        assertParity("Later", () -> Cases.delay(50), TimeMode.PROCESSING);
        assertParity("Later", () -> Cases.delay(50), TimeMode.EVENT);
    }

    @Test
    void rateLimitInProcessingAndEventTime() {
        assertParity("Paced", () -> Cases.rateLimit(30), TimeMode.PROCESSING);
        assertParity("Paced", () -> Cases.rateLimit(30), TimeMode.EVENT);
    }

    @Test
    void generatedPipelineWithThreeScopes() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            List<Parity.Input> inputs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String customer = List.of("ada", "bob", "cy", "al", "bea").get(random.nextInt(5));
                inputs.add(new Parity.Input("orders", null, new KeyedOrders.Order(customer, random.nextInt(6) - 1), i));
            }
            Parity.Outputs local = Parity.local(Streamz_KeyedOrders.spec(), inputs, TimeMode.PROCESSING, 0);
            Parity.Outputs kafka = Parity.driver(Streamz_KeyedOrders.spec(), inputs, TimeMode.PROCESSING, 0);
            assertEquals(java.util.Set.of("totals", "largests", "tags"), local.bySink.keySet());
            assertEquals(local, kafka, "seed " + seed);
        }
    }

    @Test
    void keyedZipOfTwoTopics() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Parity.Input> inputs = events(seed, 300, "left", "right");
            Parity.Outputs local = Parity.local(KeyedZip.SPEC, inputs, TimeMode.PROCESSING, 0);
            Parity.Outputs kafka = Parity.driver(KeyedZip.SPEC, inputs, TimeMode.PROCESSING, 0);
            assertFalse(local.bySink.isEmpty());
            assertEquals(local, kafka, "seed " + seed);
        }
    }

    @Test
    void defaultBodySinkHasTheSameEffects() {
        List<Parity.Input> inputs = events(4, 300, "events");
        Parity.local(KeyedCorpus.spec("Effects", Cases.defaultBodySink("local")), inputs, TimeMode.PROCESSING, 0);
        Parity.driver(KeyedCorpus.spec("Effects", Cases.defaultBodySink("kafka")), inputs, TimeMode.PROCESSING, 0);
        assertEquals(5, Cases.EFFECTS.get("local").size());
        assertEquals(Cases.EFFECTS.get("local"), Cases.EFFECTS.get("kafka"));
    }

    @Test
    void uniqueKeepsAtMostItsBoundPerKeyInTheStore() {
        PipelineSpec spec = KeyedCorpus.spec("Fresh", Cases.uniqueLru());
        try (TopologyTestDriver driver = Parity.driver(Parity.bound(spec).build())) {
            Parity.drive(driver, spec, events(9, 300, "events"), TimeMode.PROCESSING, 0, d -> {});
            KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore("Fresh-fresh");
            int elements = 0;
            try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> e = it.next();
                    byte[] key = e.key.get();
                    int tag = 4 + java.nio.ByteBuffer.wrap(key).getInt();
                    if (!e.key.equals(StoreBytes.FINGERPRINT) && key[tag] == StoreBytes.BY_SEQ) {
                        elements++;
                    }
                }
            }
            assertEquals(5 * 3, elements, "5 keys, 3 recent values each");
        }
    }

    @Test
    void timeStagesLeaveNothingInTheirStoresOnceEverythingFell() {
        for (Case c : List.of(Cases.timedWindow(100), Cases.delay(50), Cases.rateLimit(30))) {
            PipelineSpec spec = KeyedCorpus.spec("Flushed", c);
            try (TopologyTestDriver driver = Parity.driver(Parity.bound(spec).build())) {
                Parity.drive(driver, spec, events(5, 200, "events"), TimeMode.PROCESSING, END, d -> {});
                for (StateSpec state : spec.states()) {
                    KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore("Flushed-" + state.name());
                    List<Bytes> left = keys(store);
                    left.remove(StoreBytes.FINGERPRINT);
                    if (state.kind() == io.streamz.engine.StateKind.LONG) {
                        assertTrue(left.size() <= 5, "a next slot per key at most");
                    } else {
                        assertEquals(List.of(), left, c.stage() + ": " + state.name());
                    }
                }
                List<Bytes> timers = keys(driver.getKeyValueStore("Flushed-byKey-timers"));
                assertEquals(List.of(Bytes.wrap(new byte[] {2})), timers, c.stage() + ": only the sequence is left");
            }
        }
    }

    private static List<Bytes> keys(KeyValueStore<Bytes, byte[]> store) {
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            it.forEachRemaining(e -> keys.add(e.key));
        }
        return keys;
    }
}
