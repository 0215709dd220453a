package io.streamz.engine;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Where {@link LocalEngine} delivers one output port; the primitive ones never box. */
abstract class LocalOutput {
    abstract void emit(HeapBackend heap, Object value);

    void emitInt(HeapBackend heap, int value) {
        emit(heap, value);
    }

    void emitLong(HeapBackend heap, long value) {
        emit(heap, value);
    }

    void emitDouble(HeapBackend heap, double value) {
        emit(heap, value);
    }

    static final class Values extends LocalOutput {
        private final Consumer<Object> consumer;

        Values(Consumer<Object> consumer) {
            this.consumer = consumer;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            consumer.accept(value);
        }
    }

    static final class Keyed extends LocalOutput {
        private final BiConsumer<Object, Object> consumer;

        Keyed(BiConsumer<Object, Object> consumer) {
            this.consumer = consumer;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            consumer.accept(heap.currentKey(), value);
        }
    }

    static final class Ints extends LocalOutput {
        private final IntConsumer consumer;

        Ints(IntConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            consumer.accept((Integer) value);
        }

        @Override
        void emitInt(HeapBackend heap, int value) {
            consumer.accept(value);
        }
    }

    static final class Longs extends LocalOutput {
        private final LongConsumer consumer;

        Longs(LongConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            consumer.accept((Long) value);
        }

        @Override
        void emitLong(HeapBackend heap, long value) {
            consumer.accept(value);
        }
    }

    static final class Doubles extends LocalOutput {
        private final DoubleConsumer consumer;

        Doubles(DoubleConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            consumer.accept((Double) value);
        }

        @Override
        void emitDouble(HeapBackend heap, double value) {
            consumer.accept(value);
        }
    }

    /** A sink that runs inside the task: the task never emits to its port. */
    static final class InsideTask extends LocalOutput {
        private final String sink;

        InsideTask(String sink) {
            this.sink = sink;
        }

        @Override
        void emit(HeapBackend heap, Object value) {
            throw new IllegalStateException("sink '" + sink + "' runs inside the task; nothing is emitted to its port");
        }
    }
}
