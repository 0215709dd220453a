package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serdes made from streamz codecs and from the user's serdes, for keys and tagged values. */
final class CodecSerdes {
    /**
     * What an exchange sends for a {@code null} key: Kafka Streams' repartition drops records whose
     * key is {@code null}, so the key travels as this object, written as a {@code null} key and read
     * back as {@code null}, and goes to partition 0 (see {@code TopologyWriter}).
     */
    static final Object NULL_KEY = new Object() {
        @Override
        public String toString() {
            return "null key";
        }
    };

    private CodecSerdes() {}

    /** The top-level form of {@code codec} as a serde (keys of keyed scopes, values of topics). */
    @SuppressWarnings("unchecked")
    static Serde<Object> of(Codec<?> codec) {
        Codec<Object> c = (Codec<Object>) codec;
        return Serdes.serdeFrom((topic, value) -> c.toBytes(value), (topic, bytes) -> c.fromBytes(bytes));
    }

    /**
     * The key serde of a scope: its key codec, or for an unkeyed scope keys that are always null.
     * It reads a key as a {@link ScopeKey} (the key and the bytes it was read from), and writes a
     * {@code ScopeKey} as those bytes, any other key through the codec.
     */
    static Serde<Object> key(Codec<?> keyCodec) {
        if (keyCodec != null) {
            @SuppressWarnings("unchecked")
            Codec<Object> c = (Codec<Object>) keyCodec;
            return Serdes.serdeFrom((topic, key) -> keyBytes(c, key), (topic, bytes) -> scopeKey(c, bytes));
        }
        return Serdes.serdeFrom((topic, value) -> null, (topic, bytes) -> null);
    }

    private static byte[] keyBytes(Codec<Object> codec, Object key) {
        if (key instanceof ScopeKey scopeKey) {
            return scopeKey.bytes;
        }
        return key == NULL_KEY ? null : codec.toBytes(key);
    }

    private static ScopeKey scopeKey(Codec<Object> codec, byte[] bytes) {
        return bytes == null ? null : new ScopeKey(codec.fromBytes(bytes), bytes);
    }

    /** Reads values with {@code value} and tags them with input port {@code port}; writes a tagged value's value. */
    @SuppressWarnings("unchecked")
    static Serde<Tagged> tagged(int port, Serde<?> value) {
        Serializer<Object> serializer = (Serializer<Object>) value.serializer();
        Deserializer<?> deserializer = value.deserializer();
        return Serdes.serdeFrom(
                (topic, tagged) -> tagged == null ? null : serializer.serialize(topic, tagged.value),
                (topic, bytes) -> new Tagged(port, deserializer.deserialize(topic, bytes)));
    }
}
