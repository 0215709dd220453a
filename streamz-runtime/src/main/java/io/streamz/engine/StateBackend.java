package io.streamz.engine;

/**
 * Hands out typed state handles. A handle is created once (when the task is created) and
 * serves every key: each call reads or writes the state of the key current at that moment. A
 * backend may resolve its stores lazily, on the first call of a handle.
 *
 * <p>Every method throws {@link IllegalArgumentException} if the spec's kind is not the handle's.
 */
public interface StateBackend {

    /** A {@code long} per key, for a {@link StateKind#LONG} spec. */
    LongState longState(StateSpec spec);

    /** An {@code int} per key, for a {@link StateKind#INT} spec. */
    IntState intState(StateSpec spec);

    /** A {@code double} per key, for a {@link StateKind#DOUBLE} spec. */
    DoubleState doubleState(StateSpec spec);

    /** A value per key, for a {@link StateKind#VALUE} spec. */
    <T> ValueState<T> value(StateSpec spec);

    /** A map per key, for a {@link StateKind#MAP} spec. */
    <K, V> MapState<K, V> map(StateSpec spec);

    /** A set per key, LRU-bounded if the spec has a bound, for a {@link StateKind#SET} spec. */
    <E> SetState<E> set(StateSpec spec);

    /** A FIFO queue per key, for a {@link StateKind#QUEUE} spec. */
    <E> QueueState<E> queue(StateSpec spec);
}
