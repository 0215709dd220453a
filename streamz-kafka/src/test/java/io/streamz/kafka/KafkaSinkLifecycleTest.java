package io.streamz.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@link KafkaSink}'s producer is closed whatever happens to the sink: by {@link KafkaSink#close()}
 * after its graph was closed, on a second {@code close()}, and when building the sink fails. A
 * real producer, built without a broker (it connects only to send).
 */
class KafkaSinkLifecycleTest {
    private static final Map<String, Object> CONFIG =
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1", ProducerConfig.MAX_BLOCK_MS_CONFIG, 100);

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(CONFIG, new StringSerializer(), new StringSerializer());
    }

    private static void assertClosed(Producer<String, String> producer) {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> producer.send(new ProducerRecord<>("t", "x")));
        assertEquals("Cannot perform operation after producer has been closed", e.getMessage());
    }

    private static long producerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("kafka-producer-network-thread"))
                .count();
    }

    @Test
    void closeAfterTheGraphWasClosedStillClosesTheProducer() {
        Stream<String> source = new Stream<>(new VirtualTimeLoop());
        KafkaProducer<String, String> producer = producer();
        KafkaSink<String, String> sink = KafkaSink.toKafka(source, "out", producer, v -> null);
        source.close(); // the sink leaves GlobalSinks with its graph
        sink.close();
        assertClosed(producer);
    }

    @Test
    void closingTwiceIsHarmless() {
        Stream<String> source = new Stream<>(new VirtualTimeLoop());
        KafkaProducer<String, String> producer = producer();
        KafkaSink<String, String> sink = KafkaSink.toKafka(source, "out", producer, v -> null);
        sink.close();
        sink.close();
        assertClosed(producer);
    }

    @Test
    void badArgumentsFailNamingToKafkaBeforeAProducerIsBuilt() {
        Stream<String> source = new Stream<>(new VirtualTimeLoop());
        long before = producerThreads();
        NullPointerException topic = assertThrows(
                NullPointerException.class,
                () -> KafkaSink.toKafka(
                        source, null, CONFIG, new StringSerializer(), new StringSerializer(), v -> null));
        assertEquals("toKafka: topic must not be null", topic.getMessage());
        NullPointerException key = assertThrows(
                NullPointerException.class,
                () -> KafkaSink.toKafka(source, "out", CONFIG, new StringSerializer(), new StringSerializer(), null));
        assertEquals("toKafka: key must not be null", key.getMessage());
        assertEquals(before, producerThreads(), "no producer was left running");
        assertEquals(0, source.downstreams().size());
    }

    @Test
    void aSinkThatCannotBeAttachedClosesTheProducerItBuilt() {
        Stream<String> source = new Stream<>(new VirtualTimeLoop());
        source.close();
        long before = producerThreads();
        assertThrows(
                IllegalStateException.class,
                () -> KafkaSink.toKafka(
                        source, "out", CONFIG, new StringSerializer(), new StringSerializer(), v -> null));
        assertEquals(before, producerThreads(), "the producer built for the sink was closed");
    }
}
