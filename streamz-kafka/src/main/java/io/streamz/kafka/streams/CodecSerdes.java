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

    /** The key serde of a scope: its key codec, or for an unkeyed scope keys that are always null. */
    static Serde<Object> key(Codec<?> keyCodec) {
        if (keyCodec != null) {
            @SuppressWarnings("unchecked")
            Codec<Object> c = (Codec<Object>) keyCodec;
            return Serdes.serdeFrom(
                    (topic, key) -> key == NULL_KEY ? null : c.toBytes(key), (topic, bytes) -> c.fromBytes(bytes));
        }
        return Serdes.serdeFrom((topic, value) -> null, (topic, bytes) -> null);
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
