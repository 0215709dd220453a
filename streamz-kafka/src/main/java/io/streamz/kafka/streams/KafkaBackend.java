package io.streamz.kafka.streams;

import io.streamz.engine.DoubleState;
import io.streamz.engine.IntState;
import io.streamz.engine.LongState;
import io.streamz.engine.MapState;
import io.streamz.engine.QueueState;
import io.streamz.engine.SetState;
import io.streamz.engine.StateBackend;
import io.streamz.engine.StateSpec;
import io.streamz.engine.ValueState;
import java.util.function.Function;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * State of one scope processor in Kafka Streams key-value stores (layout: {@link StoreBytes}).
 * The task creates its handles in its constructor, before the stores are attached, so each handle
 * resolves its store on first use. The current key is the processor's; its store prefix is
 * computed once per key.
 */
final class KafkaBackend implements StateBackend {
    private final Function<StateSpec, String> storeNames;
    private final Function<String, KeyValueStore<Bytes, byte[]>> stores;
    private byte[] prefix = StoreBytes.keyPrefix(null);
    private long epoch;

    KafkaBackend(Function<StateSpec, String> storeNames, Function<String, KeyValueStore<Bytes, byte[]>> stores) {
        this.storeNames = storeNames;
        this.stores = stores;
    }

    /** Makes the key whose store prefix is {@code prefix} current (see {@link StoreBytes#keyPrefix}). */
    void setPrefix(byte[] prefix) {
        this.prefix = prefix;
        epoch++;
    }

    /**
     * Changes with every {@link #setPrefix}, also to the same key: what a handle read while one
     * epoch lasts (one record, one timer) it may keep until the epoch changes.
     */
    long epoch() {
        return epoch;
    }

    /** The store prefix of the current key. */
    byte[] prefix() {
        return prefix;
    }

    /** The store of {@code spec}, resolved on first use. */
    Store store(StateSpec spec) {
        return new Store(storeNames.apply(spec));
    }

    @Override
    public LongState longState(StateSpec spec) {
        return new KafkaCells.LongCell(this, spec);
    }

    @Override
    public IntState intState(StateSpec spec) {
        return new KafkaCells.IntCell(this, spec);
    }

    @Override
    public DoubleState doubleState(StateSpec spec) {
        return new KafkaCells.DoubleCell(this, spec);
    }

    @Override
    public <T> ValueState<T> value(StateSpec spec) {
        return new KafkaCells.Value<>(this, spec);
    }

    @Override
    public <K, V> MapState<K, V> map(StateSpec spec) {
        return new KafkaCollections.MapHandle<>(this, spec);
    }

    @Override
    public <E> SetState<E> set(StateSpec spec) {
        return spec.bound() > 0
                ? new KafkaCollections.LruSetHandle<>(this, spec)
                : new KafkaCollections.SetHandle<>(this, spec);
    }

    @Override
    public <E> QueueState<E> queue(StateSpec spec) {
        return new KafkaCollections.QueueHandle<>(this, spec);
    }

    /** A store looked up by name when first needed. */
    final class Store {
        final String name;
        private KeyValueStore<Bytes, byte[]> store;

        Store(String name) {
            this.name = name;
        }

        KeyValueStore<Bytes, byte[]> get() {
            if (store == null) {
                store = stores.apply(name);
            }
            return store;
        }
    }
}
