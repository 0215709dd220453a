package io.streamz.engine;

/**
 * Hands out typed state handles. A handle is created once (when the task is created) and
 * serves every key: each call reads or writes the state of the key current at that moment. A
 * backend may resolve its stores lazily, on the first call of a handle.
 *
 * <p>Every method throws {@link IllegalArgumentException} if the spec's kind is not the handle's.
 */
public interface StateBackend {

    /**
     * {@return a {@code long} per key, for a {@link StateKind#LONG} spec}
     *
     * @param spec the spec
     */
    LongState longState(StateSpec spec);

    /**
     * {@return an {@code int} per key, for a {@link StateKind#INT} spec}
     *
     * @param spec the spec
     */
    IntState intState(StateSpec spec);

    /**
     * {@return a {@code double} per key, for a {@link StateKind#DOUBLE} spec}
     *
     * @param spec the spec
     */
    DoubleState doubleState(StateSpec spec);

    /**
     * {@return a value per key, for a {@link StateKind#VALUE} spec}
     *
     * @param <T> the type of the elements
     * @param spec the spec
     */
    <T> ValueState<T> value(StateSpec spec);

    /**
     * {@return a map per key, for a {@link StateKind#MAP} spec}
     *
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @param spec the spec
     */
    <K, V> MapState<K, V> map(StateSpec spec);

    /**
     * {@return a set per key, LRU-bounded if the spec has a bound, for a {@link StateKind#SET} spec}
     *
     * @param <E> the type of the elements
     * @param spec the spec
     */
    <E> SetState<E> set(StateSpec spec);

    /**
     * {@return a FIFO queue per key, for a {@link StateKind#QUEUE} spec}
     *
     * @param <E> the type of the elements
     * @param spec the spec
     */
    <E> QueueState<E> queue(StateSpec spec);
}
