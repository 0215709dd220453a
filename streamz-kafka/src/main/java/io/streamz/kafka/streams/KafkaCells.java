package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.DoubleState;
import io.streamz.engine.IntState;
import io.streamz.engine.LongState;
import io.streamz.engine.StateSpec;
import io.streamz.engine.ValueState;
import org.apache.kafka.common.utils.Bytes;

/** The single-value handles on a store: one entry per scope key, the value in its codec. */
final class KafkaCells {
    private KafkaCells() {}

    /**
     * What every cell does: get, put and delete the current key's entry. The entry last read or
     * written is kept while its key stays current (one record or one timer, see
     * {@link KafkaBackend#epoch}), so {@code isSet()} then {@code get()}, or a {@code get()} after
     * a {@code set()}, read the store once: each read crosses Kafka Streams' metered and
     * change-logging store layers.
     */
    abstract static class Cell<T> {
        private final KafkaBackend backend;
        private final KafkaBackend.Store store;
        private final Codec<T> codec;
        private long cachedEpoch = -1;
        private byte[] cached;

        Cell(KafkaBackend backend, StateSpec spec, Codec<T> codec) {
            this.backend = backend;
            this.store = backend.store(spec);
            this.codec = codec;
        }

        final byte[] raw() {
            long epoch = backend.epoch();
            if (cachedEpoch != epoch) {
                cached = store.get().get(Bytes.wrap(backend.prefix()));
                cachedEpoch = epoch;
            }
            return cached;
        }

        final T read() {
            byte[] bytes = raw();
            return bytes == null ? null : StoreBytes.read(codec, bytes, store.name);
        }

        final void write(T value) {
            byte[] bytes = StoreBytes.value(codec, value);
            store.get().put(Bytes.wrap(backend.prefix()), bytes);
            remember(bytes);
        }

        public final boolean isSet() {
            return raw() != null;
        }

        public final void clear() {
            store.get().delete(Bytes.wrap(backend.prefix()));
            remember(null);
        }

        private void remember(byte[] bytes) {
            cached = bytes;
            cachedEpoch = backend.epoch();
        }
    }

    static final class LongCell extends Cell<Long> implements LongState {
        LongCell(KafkaBackend backend, StateSpec spec) {
            super(backend, spec, Codecs.LONG);
        }

        @Override
        public long get() {
            Long value = read();
            return value == null ? 0L : value;
        }

        @Override
        public void set(long value) {
            write(value);
        }
    }

    static final class IntCell extends Cell<Integer> implements IntState {
        IntCell(KafkaBackend backend, StateSpec spec) {
            super(backend, spec, Codecs.INT);
        }

        @Override
        public int get() {
            Integer value = read();
            return value == null ? 0 : value;
        }

        @Override
        public void set(int value) {
            write(value);
        }
    }

    static final class DoubleCell extends Cell<Double> implements DoubleState {
        DoubleCell(KafkaBackend backend, StateSpec spec) {
            super(backend, spec, Codecs.DOUBLE);
        }

        @Override
        public double get() {
            Double value = read();
            return value == null ? 0.0 : value;
        }

        @Override
        public void set(double value) {
            write(value);
        }
    }

    static final class Value<T> extends Cell<T> implements ValueState<T> {
        Value(KafkaBackend backend, StateSpec spec) {
            super(backend, spec, StoreBytes.nullable(spec.valueCodec()));
        }

        @Override
        public T get() {
            return read();
        }

        @Override
        public void set(T value) {
            write(value);
        }
    }
}
