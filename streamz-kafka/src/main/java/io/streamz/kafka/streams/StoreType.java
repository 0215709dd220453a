package io.streamz.kafka.streams;

/** Where the state stores of a pipeline on Kafka Streams keep their data (both changelogged). */
public enum StoreType {
    /** Persistent RocksDB stores: state larger than memory, fast restarts from the local state directory. */
    ROCKS_DB,
    /** In-memory stores, restored from their changelog topics on every start (tests, small state). */
    IN_MEMORY
}
