package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

/**
 * The top-level form of the scalar codecs is byte for byte what Kafka's serializers write
 * (kafka-clients is a test dependency only), so keys encoded by a pipeline partition as other
 * producers' keys do; and Kafka's deserializers read it back.
 */
class KafkaSerializerEqualityTest {
    private static final String TOPIC = "t";

    @Property
    void strings(@ForAll String s) {
        byte[] kafka = new StringSerializer().serialize(TOPIC, s);
        assertArrayEquals(kafka, Codecs.STRING.toBytes(s));
        assertEquals(new StringDeserializer().deserialize(TOPIC, kafka), Codecs.STRING.fromBytes(kafka));
    }

    @Property
    void ints(@ForAll int i) {
        byte[] kafka = new IntegerSerializer().serialize(TOPIC, i);
        assertArrayEquals(kafka, Codecs.INT.toBytes(i));
        assertEquals(new IntegerDeserializer().deserialize(TOPIC, kafka), Codecs.INT.fromBytes(kafka));
    }

    @Property
    void longs(@ForAll long l) {
        byte[] kafka = new LongSerializer().serialize(TOPIC, l);
        assertArrayEquals(kafka, Codecs.LONG.toBytes(l));
        assertEquals(new LongDeserializer().deserialize(TOPIC, kafka), Codecs.LONG.fromBytes(kafka));
    }

    @Property
    void doubles(@ForAll double d) {
        byte[] kafka = new DoubleSerializer().serialize(TOPIC, d);
        assertArrayEquals(kafka, Codecs.DOUBLE.toBytes(d));
        assertEquals(new DoubleDeserializer().deserialize(TOPIC, kafka), Codecs.DOUBLE.fromBytes(kafka));
    }

    @Example
    void doubleEdgeCases() {
        for (double d : new double[] {Double.NaN, -0.0, 0.0, Double.MIN_VALUE, Double.NEGATIVE_INFINITY}) {
            assertArrayEquals(new DoubleSerializer().serialize(TOPIC, d), Codecs.DOUBLE.toBytes(d));
        }
    }

    @Property
    void theOtherScalarsToo(@ForAll short s, @ForAll float f, @ForAll boolean b, @ForAll byte[] bytes) {
        assertArrayEquals(new ShortSerializer().serialize(TOPIC, s), Codecs.SHORT.toBytes(s));
        assertArrayEquals(new FloatSerializer().serialize(TOPIC, f), Codecs.FLOAT.toBytes(f));
        assertArrayEquals(new BooleanSerializer().serialize(TOPIC, b), Codecs.BOOLEAN.toBytes(b));
        assertEquals(b, new BooleanDeserializer().deserialize(TOPIC, Codecs.BOOLEAN.toBytes(b)));
        assertArrayEquals(new ByteArraySerializer().serialize(TOPIC, bytes), Codecs.BYTES.toBytes(bytes));
    }

    @Property
    void uuids(@ForAll long most, @ForAll long least) {
        UUID uuid = new UUID(most, least);
        assertArrayEquals(new UUIDSerializer().serialize(TOPIC, uuid), Codecs.UUID.toBytes(uuid));
        assertEquals(uuid, Codecs.UUID.fromBytes(new UUIDSerializer().serialize(TOPIC, uuid)));
    }

    @Example
    void nullIsNullAsInKafka() {
        assertNull(Codecs.STRING.toBytes(null));
        assertNull(new StringSerializer().serialize(TOPIC, null));
        assertNull(Codecs.LONG.fromBytes(null));
        assertNull(Codecs.list(Codecs.INT).toBytes(null));
    }
}
