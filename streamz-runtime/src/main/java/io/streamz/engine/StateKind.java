package io.streamz.engine;

/** What a piece of per-key state is, and so which handle of {@link StateBackend} reaches it. */
public enum StateKind {
    /** A {@code long} cell: {@link StateBackend#longState}. */
    LONG,
    /** An {@code int} cell: {@link StateBackend#intState}. */
    INT,
    /** A {@code double} cell: {@link StateBackend#doubleState}. */
    DOUBLE,
    /** One value: {@link StateBackend#value}. */
    VALUE,
    /** A map: {@link StateBackend#map}. */
    MAP,
    /** A set, LRU-bounded when its spec has a bound: {@link StateBackend#set}. */
    SET,
    /** A FIFO queue: {@link StateBackend#queue}. */
    QUEUE
}
