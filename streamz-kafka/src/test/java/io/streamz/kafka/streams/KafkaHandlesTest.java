package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.HeapBackend;
import io.streamz.engine.LongState;
import io.streamz.engine.MapState;
import io.streamz.engine.QueueState;
import io.streamz.engine.SetState;
import io.streamz.engine.StateBackend;
import io.streamz.engine.StateSpec;
import io.streamz.engine.ValueState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The store-backed handles do what the heap's do: thousands of random operations over a few keys
 * on both backends, every result compared (LRU order and refresh, queue order, nulls, clear).
 */
class KafkaHandlesTest {
    private final HeapBackend heap = new HeapBackend();
    private final Map<String, KeyValueStore<Bytes, byte[]>> stores = new HashMap<>();
    private final KafkaBackend kafka = new KafkaBackend(s -> "store-" + s.name(), this::store);
    private final Random random = new Random(42);

    private KeyValueStore<Bytes, byte[]> store(String name) {
        return stores.computeIfAbsent(name, n -> {
            KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(
                            Stores.inMemoryKeyValueStore(n),
                            org.apache.kafka.common.serialization.Serdes.Bytes(),
                            org.apache.kafka.common.serialization.Serdes.ByteArray())
                    .withLoggingDisabled()
                    .build();
            MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
            store.init(context.getStateStoreContext(), store);
            return store;
        });
    }

    /** Makes a random key current, every other operation on average (several operations in one epoch). */
    private void key() {
        if (random.nextBoolean()) {
            return;
        }
        String key = random.nextInt(8) == 0 ? "" : "k" + random.nextInt(4);
        heap.setCurrentKey(key);
        kafka.setPrefix(StoreBytes.keyPrefix(Codecs.STRING.toBytes(key)));
    }

    private static Long element(Random r) {
        return r.nextInt(10) == 0 ? null : (long) r.nextInt(7);
    }

    /** Runs {@code ops} random operations on the handle of both backends, comparing each result. */
    private <H> void compare(
            Function<StateBackend, H> handle, List<BiFunction<H, Random, Object>> operations, int ops) {
        H onHeap = handle.apply(heap);
        H inStore = handle.apply(kafka);
        for (int i = 0; i < ops; i++) {
            key();
            int which = random.nextInt(operations.size());
            long seed = random.nextLong();
            Object expected = result(() -> operations.get(which).apply(onHeap, new Random(seed)));
            Object actual = result(() -> operations.get(which).apply(inStore, new Random(seed)));
            assertEquals(expected, actual, "operation " + which + ", step " + i);
        }
    }

    private static Object result(java.util.function.Supplier<Object> op) {
        try {
            return op.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Test
    void longCells() {
        StateSpec spec = StateSpec.longCell("total", "total", 1);
        this.<LongState>compare(
                b -> b.longState(spec),
                List.of(
                        (h, r) -> h.isSet(),
                        (h, r) -> h.get(),
                        (s, r) -> {
                            s.set(r.nextLong());
                            return null;
                        },
                        (s, r) -> {
                            s.clear();
                            return null;
                        }),
                2_000);
    }

    @Test
    void values() {
        StateSpec spec = StateSpec.value("v", "v", 1, Codecs.list(Codecs.nullable(Codecs.LONG)));
        this.<ValueState<List<Long>>>compare(
                b -> b.value(spec),
                List.of(
                        (h, r) -> h.isSet(),
                        (h, r) -> h.get(),
                        (s, r) -> {
                            List<Long> value = r.nextInt(5) == 0
                                    ? null
                                    : new ArrayList<>(java.util.Arrays.asList(element(r), element(r)));
                            s.set(value);
                            return null;
                        },
                        (s, r) -> {
                            s.clear();
                            return null;
                        }),
                2_000);
    }

    @Test
    void maps() {
        StateSpec spec = StateSpec.map("m", "m", 1, Codecs.LONG, Codecs.STRING);
        this.<MapState<Long, String>>compare(
                b -> b.map(spec),
                List.of(
                        (m, r) -> m.get(element(r)),
                        (m, r) -> m.containsKey(element(r)),
                        (m, r) -> m.put(element(r), r.nextInt(6) == 0 ? null : "v" + r.nextInt(3)),
                        (m, r) -> m.remove(element(r)),
                        (h, r) -> h.size(),
                        (h, r) -> h.isEmpty(),
                        (m, r) -> {
                            Map<Long, String> all = new HashMap<>();
                            m.forEach(all::put);
                            return all;
                        },
                        (m, r) -> {
                            m.clear();
                            return null;
                        }),
                4_000);
    }

    @Test
    void unboundedAndLruSets() {
        for (int bound : new int[] {0, 1, 3}) {
            StateSpec spec = StateSpec.set("s" + bound, "s", 10 + bound, Codecs.LONG, bound);
            this.<SetState<Long>>compare(
                    b -> b.set(spec),
                    List.of(
                            (s, r) -> s.add(element(r)),
                            (s, r) -> s.add(element(r)),
                            (s, r) -> s.add(element(r)),
                            (s, r) -> s.contains(element(r)),
                            (s, r) -> s.remove(element(r)),
                            (h, r) -> h.size(),
                            (h, r) -> h.isEmpty(),
                            (h, r) -> h.bound(),
                            (s, r) -> {
                                if (r.nextInt(10) == 0) {
                                    s.clear();
                                }
                                return null;
                            }),
                    4_000);
        }
    }

    @Test
    void queues() {
        StateSpec spec = StateSpec.queue("q", "q", 1, Codecs.STRING);
        this.<QueueState<String>>compare(
                b -> b.queue(spec),
                List.of(
                        (q, r) -> {
                            q.add(r.nextInt(5) == 0 ? null : "e" + r.nextInt(100));
                            return null;
                        },
                        (q, r) -> {
                            q.add("x");
                            return null;
                        },
                        (h, r) -> h.peek(),
                        (h, r) -> h.poll(),
                        (h, r) -> h.size(),
                        (h, r) -> h.isEmpty(),
                        (q, r) -> r.nextInt(5) == 0 ? q.drain() : null,
                        (q, r) -> {
                            if (r.nextInt(10) == 0) {
                                q.clear();
                            }
                            return null;
                        }),
                4_000);
    }

    /**
     * Every store read crosses Kafka Streams' store layers: a cell reads its entry once while its
     * key stays current (isSet then get, as the generated accumulate does; a get after its own set),
     * and again after any key change, the same key included.
     */
    @Test
    void aCellReadsItsStoreOncePerEpoch() {
        int[] reads = {0};
        KafkaBackend counted = new KafkaBackend(s -> "counted-" + s.name(), name -> reading(store(name), reads));
        LongState total = counted.longState(StateSpec.longCell("total", "total", 1));
        byte[] a = StoreBytes.keyPrefix(Codecs.STRING.toBytes("a"));
        counted.setPrefix(a);
        assertEquals(false, total.isSet());
        assertEquals(0L, total.get());
        assertEquals(1, reads[0]);
        total.set(5);
        assertEquals(5L, total.get());
        assertEquals(1, reads[0]);
        counted.setPrefix(StoreBytes.keyPrefix(Codecs.STRING.toBytes("b")));
        assertEquals(0L, total.get());
        assertEquals(2, reads[0]);
        store("counted-total").put(Bytes.wrap(a), StoreBytes.value(Codecs.LONG, 7L));
        counted.setPrefix(a);
        assertEquals(7L, total.get(), "a new epoch reads what the store holds now");
        assertEquals(3, reads[0]);
        total.clear();
        assertEquals(false, total.isSet());
        assertEquals(3, reads[0]);
    }

    /** {@code store}, counting its {@code get}s in {@code reads[0]}. */
    @SuppressWarnings("unchecked")
    private static KeyValueStore<Bytes, byte[]> reading(KeyValueStore<Bytes, byte[]> store, int[] reads) {
        return (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(
                KafkaHandlesTest.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        reads[0]++;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aCodecWithAnotherVersionIsRefusedNamingTheStore() {
        StateSpec spec = StateSpec.longCell("total", "total", 1);
        LongState cell = kafka.longState(spec);
        kafka.setPrefix(StoreBytes.keyPrefix(Codecs.STRING.toBytes("a")));
        store("store-total").put(Bytes.wrap(kafka.prefix()), new byte[] {9, 0});
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, cell::get);
        assertEquals(
                "store store-total holds format version 9; this runtime reads version 1."
                        + " Reset the application's state.",
                e.getMessage());
        Codec<Long> unused = Codecs.LONG;
        assertEquals(Long.valueOf(0), unused.fromBytes(new byte[8]));
    }
}
