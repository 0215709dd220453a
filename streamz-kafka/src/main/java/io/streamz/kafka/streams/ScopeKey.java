package io.streamz.kafka.streams;

import java.util.Objects;
import java.util.function.Function;

/**
 * A record key inside a scope's sub-topology: the key and its top-level bytes, as the scope's key
 * deserializer read them from the topic. The processor addresses its stores with those bytes and
 * forwards this object as its outputs' key, which the sink's key serializer writes as they are,
 * so a key read from a topic is decoded once and never encoded again (an exchange's new key is
 * encoded once, by the repartition's serializer). It never reaches a topic or user code.
 */
final class ScopeKey {
    /** The {@code null} key (and the key of an unkeyed scope). */
    static final ScopeKey NONE = new ScopeKey(null, null, StoreBytes.keyPrefix(null));

    /** The key, decoded; {@code null} for {@link #NONE}. */
    final Object key;
    /** The key codec's top-level bytes of {@link #key}; {@code null} for {@link #NONE}. */
    final byte[] bytes;

    private byte[] prefix;

    ScopeKey(Object key, byte[] bytes) {
        this(key, bytes, null);
    }

    private ScopeKey(Object key, byte[] bytes, byte[] prefix) {
        this.key = key;
        this.bytes = bytes;
        this.prefix = prefix;
    }

    /** The key of a store prefix (see {@link StoreBytes#keyPrefix}), decoded by {@code decode}. */
    static ScopeKey ofPrefix(byte[] prefix, Function<byte[], Object> decode) {
        byte[] bytes = StoreBytes.keyOf(prefix);
        return bytes == null ? NONE : new ScopeKey(decode.apply(bytes), bytes, prefix);
    }

    /** The prefix of this key's store entries, made once. */
    byte[] prefix() {
        byte[] p = prefix;
        if (p == null) {
            p = StoreBytes.keyPrefix(bytes);
            prefix = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScopeKey k && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return String.valueOf(key);
    }
}
