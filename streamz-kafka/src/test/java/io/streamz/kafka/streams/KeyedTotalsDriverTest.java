package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.StageFailure;
import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;
import io.streamz.codec.Codecs;
import io.streamz.engine.TimeMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** Keyed totals on the TopologyTestDriver: the same outputs per (sink, key) as LocalEngine, the store, failures. */
class KeyedTotalsDriverTest {

    static List<Parity.Input> orders(long seed, int n) {
        Random random = new Random(seed);
        List<Parity.Input> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String customer = "c" + random.nextInt(12);
            long amount = random.nextInt(7) - 1; // zeros are filtered out; no POISON
            inputs.add(new Parity.Input("orders", null, new KeyedTotals.Order(customer, amount), i));
        }
        return inputs;
    }

    @Test
    void equalOutputsPerSinkAndKeyAsLocalEngine() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Parity.Input> inputs = orders(seed, 400);
            Parity.Outputs local = Parity.local(KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 1_000);
            Parity.Outputs kafka = Parity.driver(KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 1_000);
            assertEquals(local, kafka, "seed " + seed);
            assertTrue(local.bySink.get("totals").size() >= 10, "most customers appear");
        }
    }

    @Test
    void theStoreHoldsTheLastTotalOfEachKeyAndTheFingerprint() {
        List<Parity.Input> inputs = orders(7, 300);
        Map<Object, Long> last = new TreeMap<>();
        Parity.local(KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 0)
                .bySink
                .get("totals")
                .forEach((key, totals) -> last.put(key, (Long) totals.get(totals.size() - 1)));
        try (TopologyTestDriver driver =
                Parity.driver(Parity.bound(KeyedTotals.SPEC).build())) {
            Parity.drive(driver, KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 0, d -> {});
            KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore("KeyedTotals-total");
            Map<Object, Long> stored = new TreeMap<>();
            String fingerprint = null;
            try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<Bytes, byte[]> entry = it.next();
                    if (entry.key.equals(StoreBytes.FINGERPRINT)) {
                        fingerprint = new String(entry.value, java.nio.charset.StandardCharsets.UTF_8);
                    } else {
                        String key = Codecs.STRING.fromBytes(StoreBytes.keyOf(entry.key.get()));
                        stored.put(key, StoreBytes.read(Codecs.LONG, entry.value, "total"));
                    }
                }
            }
            assertEquals(last, stored);
            assertEquals(KeyedTotals.SPEC.state("total").fingerprint(), fingerprint);
        }
    }

    /**
     * A key read from the repartition topic addresses the store and keys the sink's records with
     * the bytes it was read from: the key codec encodes each key once, for the repartition.
     */
    @Test
    void aKeyIsEncodedOnceForTheRepartitionAndNeverAgain() {
        List<Parity.Input> inputs = orders(3, 300);
        long exchanged = inputs.stream()
                .filter(i -> ((KeyedTotals.Order) i.value()).amount() != 0)
                .count();
        CountingCodec keys = new CountingCodec();
        Parity.Outputs kafka = Parity.driver(KeyedTotals.spec(keys), inputs, TimeMode.PROCESSING, 0);
        assertEquals(Parity.local(KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 0), kafka);
        assertEquals(exchanged, keys.encoded, "one encoding per exchanged order");
        assertEquals(
                exchanged,
                keys.decoded
                        - kafka.bySink.get("totals").values().stream()
                                .mapToInt(List::size)
                                .sum(),
                "one decoding per exchanged order (besides the test's reading of the output)");
    }

    /** {@code Codecs.STRING}, counting its top-level encodings and decodings. */
    private static final class CountingCodec implements Codec<String> {
        long encoded;
        long decoded;

        @Override
        public void write(String value, CodecOutput out) {
            Codecs.STRING.write(value, out);
        }

        @Override
        public String read(CodecInput in) {
            return Codecs.STRING.read(in);
        }

        @Override
        public String schema() {
            return Codecs.STRING.schema();
        }

        @Override
        public byte[] toBytes(String value) {
            encoded++;
            return Codecs.STRING.toBytes(value);
        }

        @Override
        public String fromBytes(byte[] bytes) {
            decoded++;
            return Codecs.STRING.fromBytes(bytes);
        }
    }

    @Test
    void aFailureInUserCodeLeavesTheTaskNamingTheStage() {
        try (TopologyTestDriver driver =
                Parity.driver(Parity.bound(KeyedTotals.SPEC).build())) {
            List<Parity.Input> inputs =
                    List.of(new Parity.Input("orders", null, new KeyedTotals.Order("a", KeyedTotals.POISON), 0));
            StreamsException e = assertThrows(
                    StreamsException.class,
                    () -> Parity.drive(driver, KeyedTotals.SPEC, inputs, TimeMode.PROCESSING, 0, d -> {}));
            Throwable cause = e;
            while (!(cause instanceof ArithmeticException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertEquals("unlucky amount", cause.getMessage());
            assertEquals("accumulate: total", StageFailure.stageOf(cause));
        }
    }

    @Test
    void sourcesAndSinksTakeTheUsersSerdes() {
        Serde<KeyedTotals.Order> text = Serdes.serdeFrom(
                (topic, o) -> (o.customer() + ":" + o.amount()).getBytes(StandardCharsets.UTF_8), (topic, bytes) -> {
                    String[] parts = new String(bytes, StandardCharsets.UTF_8).split(":");
                    return new KeyedTotals.Order(parts[0], Long.parseLong(parts[1]));
                });
        Serde<Long> decimal = Serdes.serdeFrom(
                (topic, n) -> Long.toString(n).getBytes(StandardCharsets.UTF_8),
                (topic, bytes) -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8)));
        Topology topology = StreamzKafka.of(KeyedTotals.SPEC)
                .source("orders", "orders-text", text)
                .sink("totals", "totals-text", decimal)
                .stores(StoreType.IN_MEMORY)
                .build();
        try (TopologyTestDriver driver = Parity.driver(topology)) {
            TestInputTopic<String, String> in =
                    driver.createInputTopic("orders-text", new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> out =
                    driver.createOutputTopic("totals-text", new StringDeserializer(), new StringDeserializer());
            in.pipeValueList(List.of("ada:5", "bob:2", "ada:0", "ada:4"));
            assertEquals(
                    List.of(KeyValue.pair("ada", "5"), KeyValue.pair("bob", "2"), KeyValue.pair("ada", "9")),
                    out.readKeyValuesToList());
        }
    }
}
