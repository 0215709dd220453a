package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import java.util.List;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** {@link StreamzKafka#serde}: a codec's bytes, as the topology writes and reads them. */
class CodecSerdeTest {
    @Test
    void writesAndReadsTheCodecsBytes() {
        Codec<List<String>> codec = Codecs.list(Codecs.STRING);
        Serde<List<String>> serde = StreamzKafka.serde(codec);
        List<String> value = List.of("ada", "", "bob");
        byte[] bytes = serde.serializer().serialize("topic", value);
        assertArrayEquals(codec.toBytes(value), bytes);
        assertEquals(value, serde.deserializer().deserialize("topic", bytes));
    }

    @Test
    void topLevelStringsAndLongsAreKafkasOwnBytes() {
        assertArrayEquals(
                new StringSerializer().serialize("t", "ada"),
                StreamzKafka.serde(Codecs.STRING).serializer().serialize("t", "ada"));
        assertArrayEquals(
                new LongSerializer().serialize("t", 42L),
                StreamzKafka.serde(Codecs.LONG).serializer().serialize("t", 42L));
    }

    @Test
    void aNullCodecIsRefused() {
        NullPointerException refused = assertThrows(NullPointerException.class, () -> StreamzKafka.serde(null));
        assertEquals("codec", refused.getMessage());
    }
}
