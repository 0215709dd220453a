package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * A scope processor records each state's fingerprint in its store, and refuses restored state
 * written with another (a changed type), naming the state, before the task runs.
 */
class RestoreFingerprintTest {
    private final MockProcessorContext<Object, Tagged> context = new MockProcessorContext<>();
    private final KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore("KeyedTotals-total"), Serdes.Bytes(), Serdes.ByteArray())
            .withLoggingDisabled()
            .build();

    private ScopeProcessor processor() {
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        StateSpec total = KeyedTotals.SPEC.state("total");
        return new ScopeProcessor(new ScopePlan(
                KeyedTotals.SPEC,
                1,
                List.of(total),
                Map.of("total", "KeyedTotals-total"),
                null,
                TimeMode.PROCESSING,
                Duration.ofMillis(100)));
    }

    @Test
    void aNewStoreGetsTheFingerprint() {
        processor().init(context);
        assertArrayEquals(
                KeyedTotals.SPEC.state("total").fingerprint().getBytes(StandardCharsets.UTF_8),
                store.get(StoreBytes.FINGERPRINT));
    }

    @Test
    void restoredStateOfAnotherTypeIsRefusedNamingTheState() {
        ScopeProcessor processor = processor();
        store.put(StoreBytes.FINGERPRINT, "0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> processor.init(context));
        assertEquals(
                "state 'total' of stage 'total' in io.streamz.kafka.streams.KeyedTotals was written with fingerprint"
                        + " 0123456789abcdef but the pipeline now keeps long<long> (fingerprint "
                        + KeyedTotals.SPEC.state("total").fingerprint() + "): the type of its state changed, so the old"
                        + " state cannot be read. Reset the application's state (or rename the stage to start it empty).",
                e.getMessage());
    }
}
