package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.engine.LocalEngine;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.StateKind;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import io.streamz.kafka.streams.Corpus.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The parity corpus: the generated pipelines of {@link Corpus} take the same seeded inputs
 * through LocalEngine (virtual time) and through their topology on the TopologyTestDriver (wall
 * clock stepped to the same times, or record timestamps in event time): equal outputs per (sink,
 * key), and every state read back per key equal through both engines' handles.
 */
class CorpusParityTest {
    private static final long END = 10_000;
    private static final List<Object> KEYS = List.of("k0", "k1", "k2", "k3", "k4");
    private static final List<Object> VALUES =
            LongStream.range(0, 10).boxed().map(Object.class::cast).toList();

    /** Pipelines whose state is empty between elements: the lock-step zip pairs each element at once. */
    private static final Set<String> EMPTY_AT_REST = Set.of("LockStep");

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

    /**
     * Outputs per (sink, key) and states per key equal through both engines, for 3 seeds: the
     * first two with time going on to {@code END} after the inputs (every pending element falls),
     * the third stopping at the last input, so pending elements and their due times are compared.
     */
    private static void assertParity(PipelineSpec spec, TimeMode mode, String... sources) {
        String prefix = Names.defaultPrefix(spec);
        for (long seed = 1; seed <= 3; seed++) {
            long end = seed == 3 ? 0 : END;
            List<Parity.Input> inputs = events(seed, 300, sources);
            Parity.Outputs local = new Parity.Outputs();
            LocalEngine engine = Parity.localEngine(spec, inputs, mode, end, local);
            Map<String, Map<Object, Object>> heap = StateReadBack.heap(spec, engine.state(), KEYS, VALUES);
            AtomicReference<Map<String, Map<Object, Object>>> stores = new AtomicReference<>();
            Parity.Outputs kafka;
            try (TopologyTestDriver driver =
                    Parity.driver(Parity.bound(spec).time(mode).build())) {
                kafka = Parity.drive(
                        driver,
                        spec,
                        inputs,
                        mode,
                        end,
                        d -> stores.set(StateReadBack.stores(spec, d, prefix, KEYS, VALUES)));
            }
            assertFalse(local.bySink.isEmpty(), prefix + " emits something");
            assertEquals(local, kafka, prefix + " in " + mode + ", seed " + seed);
            assertEquals(spec.states().size(), heap.size());
            if (end == 0 && !EMPTY_AT_REST.contains(prefix)) {
                assertTrue(holdsSomething(heap), prefix + " keeps state at the end: " + heap);
            }
            assertEquals(heap, stores.get(), prefix + "'s states in " + mode + ", seed " + seed);
        }
    }

    private static boolean holdsSomething(Map<String, Map<Object, Object>> states) {
        return states.values().stream()
                .flatMap(byKey -> byKey.values().stream())
                .anyMatch(v -> !v.equals("unset")
                        && !(v instanceof java.util.Collection<?> c && c.isEmpty())
                        && !(v instanceof Map<?, ?> m && m.isEmpty())
                        && !v.equals(List.of(0, List.of())));
    }

    @Test
    void returnsStateTotals() {
        assertParity(Streamz_Corpus_Means.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void uniqueWithLruHistory() {
        assertParity(Streamz_Corpus_Fresh.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void slidingWindow() {
        assertParity(Streamz_Corpus_LastThree.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void partitionWithKey() {
        assertParity(Streamz_Corpus_Pairs.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void lockStepZip() {
        assertParity(Streamz_Corpus_LockStep.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void keyedZipOfTwoTopics() {
        assertParity(Streamz_Corpus_KeyedZip.spec(), TimeMode.PROCESSING, "left", "right");
    }

    @Test
    void frequencies() {
        assertParity(Streamz_Corpus_Counts.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void partitionUniqueWithKeyKeepingTheLatest() {
        assertParity(Streamz_Corpus_Groups.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void keyedErrorRouteToAnOutputPort() {
        assertParity(Streamz_Corpus_Rejects.spec(), TimeMode.PROCESSING, "events");
        Parity.Outputs local =
                Parity.local(Streamz_Corpus_Rejects.spec(), events(1, 300, "events"), TimeMode.PROCESSING, END);
        Set<String> routed = new java.util.TreeSet<>();
        local.bySink
                .get("rejected")
                .values()
                .forEach(failures ->
                        failures.forEach(f -> routed.add(((String) f).substring(0, ((String) f).indexOf(" | ")))));
        assertEquals(Set.of("accumulate: total", "map: checked"), routed, "both stages' failures reach the route");
    }

    @Test
    void accumulateWithState() {
        assertParity(Streamz_Corpus_WithState.spec(), TimeMode.PROCESSING, "events");
    }

    @Test
    void timedWindowUniqueInProcessingAndEventTime() {
        assertParity(Streamz_Corpus_DistinctWindows.spec(), TimeMode.PROCESSING, "events");
        assertParity(Streamz_Corpus_DistinctWindows.spec(), TimeMode.EVENT, "events");
    }

    @Test
    void timedWindowInProcessingAndEventTime() {
        assertParity(Streamz_Corpus_Windows.spec(), TimeMode.PROCESSING, "events");
        assertParity(Streamz_Corpus_Windows.spec(), TimeMode.EVENT, "events");
    }

    @Test
    void delayInProcessingAndEventTime() {
        assertParity(Streamz_Corpus_Later.spec(), TimeMode.PROCESSING, "events");
        assertParity(Streamz_Corpus_Later.spec(), TimeMode.EVENT, "events");
    }

    @Test
    void rateLimitInProcessingAndEventTime() {
        assertParity(Streamz_Corpus_Paced.spec(), TimeMode.PROCESSING, "events");
        assertParity(Streamz_Corpus_Paced.spec(), TimeMode.EVENT, "events");
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
            assertEquals(Set.of("totals", "largests", "tags"), local.bySink.keySet());
            assertEquals(local, kafka, "seed " + seed);
        }
    }

    @Test
    void defaultBodySinkHasTheSameEffects() {
        PipelineSpec spec = Streamz_Corpus_Effects.spec();
        List<Parity.Input> inputs = events(4, 300, "events");
        Corpus.effectsRun = "local";
        Parity.local(spec, inputs, TimeMode.PROCESSING, 0);
        Corpus.effectsRun = "kafka";
        Parity.driver(spec, inputs, TimeMode.PROCESSING, 0);
        assertEquals(5, Corpus.EFFECTS.get("local").size());
        assertEquals(
                300,
                Corpus.EFFECTS.get("local").values().stream()
                        .mapToInt(List::size)
                        .sum());
        assertEquals(Corpus.EFFECTS.get("local"), Corpus.EFFECTS.get("kafka"));
    }

    @Test
    void aNullKeyIsAKeyOfItsOwnOnBothEngines() {
        PipelineSpec spec = Streamz_Corpus_Means.spec();
        List<Parity.Input> inputs = new ArrayList<>();
        for (Parity.Input input : events(6, 300, "events")) {
            Event e = (Event) input.value();
            Event maybeNull = e.key().equals("k0") ? new Event(null, e.value()) : e;
            inputs.add(new Parity.Input(input.source(), null, maybeNull, input.atMillis()));
        }
        Parity.Outputs local = Parity.local(spec, inputs, TimeMode.PROCESSING, 0);
        Parity.Outputs kafka = Parity.driver(spec, inputs, TimeMode.PROCESSING, 0);
        assertTrue(local.bySink.get("out").containsKey(null), "the null key has its means: " + local);
        assertEquals(local, kafka);
    }

    @Test
    void uniqueKeepsAtMostItsBoundPerKeyInTheStore() {
        PipelineSpec spec = Streamz_Corpus_Fresh.spec();
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
        List<PipelineSpec> specs =
                List.of(Streamz_Corpus_Windows.spec(), Streamz_Corpus_Later.spec(), Streamz_Corpus_Paced.spec());
        for (PipelineSpec spec : specs) {
            String prefix = Names.defaultPrefix(spec);
            try (TopologyTestDriver driver = Parity.driver(Parity.bound(spec).build())) {
                Parity.drive(driver, spec, events(5, 200, "events"), TimeMode.PROCESSING, END, d -> {});
                for (StateSpec state : spec.states()) {
                    KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(prefix + "-" + state.name());
                    List<Bytes> left = keys(store);
                    left.remove(StoreBytes.FINGERPRINT);
                    if (state.kind() == StateKind.LONG) {
                        assertTrue(left.size() <= 5, "a next slot per key at most");
                    } else {
                        assertEquals(List.of(), left, prefix + ": " + state.name());
                    }
                }
                List<Bytes> timers = keys(driver.getKeyValueStore(prefix + "-byKey-timers"));
                assertEquals(List.of(Bytes.wrap(new byte[] {2})), timers, prefix + ": only the sequence is left");
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
