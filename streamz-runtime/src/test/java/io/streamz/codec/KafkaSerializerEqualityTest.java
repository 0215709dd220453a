package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.streamz.check.Gens;
import java.util.UUID;
import org.apache.kafka.common.serialization.BooleanDeserializer;
import org.apache.kafka.common.serialization.BooleanSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.DoubleDeserializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.ShortSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.Test;

/**
 * The top-level form of the scalar codecs is byte for byte what Kafka's serializers write
 * (kafka-clients is a test dependency only), so keys encoded by a pipeline partition as other
 * producers' keys do; and Kafka's deserializers read it back. Properties over random values
 * (edge cases included), run by {@code io.streamz.check}.
 */
class KafkaSerializerEqualityTest {
    private static final String TOPIC = "t";

    @Test
    void strings() {
        Gens.property("STRING bytes are Kafka's", Gens.strings()).tries(1_000).check(s -> {
            byte[] kafka = new StringSerializer().serialize(TOPIC, s);
            assertArrayEquals(kafka, Codecs.STRING.toBytes(s));
            assertEquals(new StringDeserializer().deserialize(TOPIC, kafka), Codecs.STRING.fromBytes(kafka));
        });
    }

    @Test
    void ints() {
        Gens.property("INT bytes are Kafka's", Gens.ints()).tries(1_000).check(i -> {
            byte[] kafka = new IntegerSerializer().serialize(TOPIC, i);
            assertArrayEquals(kafka, Codecs.INT.toBytes(i));
            assertEquals(new IntegerDeserializer().deserialize(TOPIC, kafka), Codecs.INT.fromBytes(kafka));
        });
    }

    @Test
    void longs() {
        Gens.property("LONG bytes are Kafka's", Gens.longs()).tries(1_000).check(l -> {
            byte[] kafka = new LongSerializer().serialize(TOPIC, l);
            assertArrayEquals(kafka, Codecs.LONG.toBytes(l));
            assertEquals(new LongDeserializer().deserialize(TOPIC, kafka), Codecs.LONG.fromBytes(kafka));
        });
    }

    @Test
    void doubles() {
        Gens.property("DOUBLE bytes are Kafka's", Gens.doubles()).tries(1_000).check(d -> {
            byte[] kafka = new DoubleSerializer().serialize(TOPIC, d);
            assertArrayEquals(kafka, Codecs.DOUBLE.toBytes(d));
            assertEquals(new DoubleDeserializer().deserialize(TOPIC, kafka), Codecs.DOUBLE.fromBytes(kafka));
        });
    }

    @Test
    void doubleEdgeCases() {
        for (double d : new double[] {Double.NaN, -0.0, 0.0, Double.MIN_VALUE, Double.NEGATIVE_INFINITY}) {
            assertArrayEquals(new DoubleSerializer().serialize(TOPIC, d), Codecs.DOUBLE.toBytes(d));
        }
    }

    @Test
    void theOtherScalarsToo() {
        Gens.property("SHORT bytes are Kafka's", Gens.shorts())
                .tries(1_000)
                .check(x -> assertArrayEquals(new ShortSerializer().serialize(TOPIC, x), Codecs.SHORT.toBytes(x)));
        // NaNs other than Float.NaN differ: see floatNaNsAreOneNaNUnlikeKafka
        Gens.property("FLOAT bytes are Kafka's", Gens.floats()).tries(1_000).check(f -> {
            float oneNaN = Float.isNaN(f) ? Float.NaN : f;
            assertArrayEquals(new FloatSerializer().serialize(TOPIC, oneNaN), Codecs.FLOAT.toBytes(oneNaN));
        });
        Gens.property("BOOLEAN bytes are Kafka's", Gens.booleans()).tries(100).check(b -> {
            assertArrayEquals(new BooleanSerializer().serialize(TOPIC, b), Codecs.BOOLEAN.toBytes(b));
            assertEquals(b, new BooleanDeserializer().deserialize(TOPIC, Codecs.BOOLEAN.toBytes(b)));
        });
        Gens.property("BYTES are Kafka's", CodecRoundTripTest.byteArrayGen())
                .tries(1_000)
                .check(x -> assertArrayEquals(new ByteArraySerializer().serialize(TOPIC, x), Codecs.BYTES.toBytes(x)));
    }

    @Test
    void uuids() {
        Gens.property("UUID bytes are Kafka's", Gens.tuple(Gens.longs(), Gens.longs()))
                .tries(1_000)
                .check(t -> {
                    UUID uuid = new UUID((Long) t.get(0), (Long) t.get(1));
                    assertArrayEquals(new UUIDSerializer().serialize(TOPIC, uuid), Codecs.UUID.toBytes(uuid));
                    assertEquals(uuid, Codecs.UUID.fromBytes(new UUIDSerializer().serialize(TOPIC, uuid)));
                });
    }

    /**
     * Found by the FLOAT property: Kafka's FloatSerializer writes a NaN's raw bits
     * (floatToRawIntBits) while its DoubleSerializer and both of our codecs write the one NaN
     * (floatToIntBits), so a float NaN with another payload is not byte-equal to Kafka's. Pinned
     * here as it is; reported to the engine's owner (issue 11's report).
     */
    @Test
    void floatNaNsAreOneNaNUnlikeKafka() {
        float otherNaN = Float.intBitsToFloat(0xffc00001);
        assertArrayEquals(new byte[] {0x7f, (byte) 0xc0, 0, 0}, Codecs.FLOAT.toBytes(otherNaN));
        assertArrayEquals(
                new byte[] {(byte) 0xff, (byte) 0xc0, 0, 1}, new FloatSerializer().serialize(TOPIC, otherNaN));
        assertArrayEquals(new FloatSerializer().serialize(TOPIC, Float.NaN), Codecs.FLOAT.toBytes(otherNaN));
    }

    @Test
    void nullIsNullAsInKafka() {
        assertNull(Codecs.STRING.toBytes(null));
        assertNull(new StringSerializer().serialize(TOPIC, null));
        assertNull(Codecs.LONG.fromBytes(null));
        assertNull(Codecs.list(Codecs.INT).toBytes(null));
    }
}
