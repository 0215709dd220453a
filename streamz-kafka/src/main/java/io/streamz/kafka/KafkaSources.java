package io.streamz.kafka;

import io.streamz.EventLoop;
import io.streamz.Source;
import io.streamz.Stream;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * streamz's Kafka sources, checkpointed: see {@link KafkaDriver}. Each is built stopped, on the
 * given loop; {@code start()} on it or on any node downstream subscribes.
 *
 * <pre>{@code
 * Source<ConsumerRecord<String, String>> orders = KafkaSources.fromKafka(
 *         List.of("orders"), config, new StringDeserializer(), new StringDeserializer(), loop);
 * orders.map(ConsumerRecord::value).sinkAsync(db::write);   // committed once written
 * orders.start();
 * }</pre>
 */
public final class KafkaSources {
    private KafkaSources() {}

    /**
     * streamz's {@code from_kafka}: every record of {@code topics}, as {@link ConsumerRecord}s
     * (key, value, topic, partition, offset); {@code .map(ConsumerRecord::value)} gives the values
     * as streamz emits them. {@code config} needs {@code bootstrap.servers} and {@code group.id}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param topics the topics to subscribe to (at least one)
     * @param config the consumer's configuration; needs {@code bootstrap.servers} and {@code group.id}
     * @param keys the key deserializer
     * @param values the value deserializer
     * @param loop the loop the source emits on
     * @return the source, stopped
     */
    public static <K, V> Source<ConsumerRecord<K, V>> fromKafka(
            List<String> topics, Map<String, ?> config, Deserializer<K> keys, Deserializer<V> values, EventLoop loop) {
        return new Source<>(loop, KafkaDriver.records(topics, config, keys, values));
    }

    /**
     * {@link #fromKafka} emitting the values only, as streamz does; {@code start()} on it starts
     * the source.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param topics the topics to subscribe to (at least one)
     * @param config the consumer's configuration; needs {@code bootstrap.servers} and {@code group.id}
     * @param keys the key deserializer
     * @param values the value deserializer
     * @param loop the loop the source emits on
     * @return the values' stream, its source stopped
     */
    public static <K, V> Stream<V> fromKafkaValues(
            List<String> topics, Map<String, ?> config, Deserializer<K> keys, Deserializer<V> values, EventLoop loop) {
        return fromKafka(topics, config, keys, values, loop).map(ConsumerRecord::value);
    }

    /**
     * streamz's {@code from_kafka_batched}: per poll interval, the new records of each partition
     * of {@code topic} as one list (with the consumer's {@code max.poll.records} as the batch
     * bound); where to begin a new group is {@code auto.offset.reset} ({@code latest}, Kafka's
     * default, or {@code earliest}).
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param topic the topic to subscribe to
     * @param config the consumer's configuration; needs {@code bootstrap.servers} and {@code group.id}
     * @param keys the key deserializer
     * @param values the value deserializer
     * @param loop the loop the source emits on
     * @return the source, stopped
     */
    public static <K, V> Source<List<ConsumerRecord<K, V>>> fromKafkaBatched(
            String topic, Map<String, ?> config, Deserializer<K> keys, Deserializer<V> values, EventLoop loop) {
        return new Source<>(loop, KafkaDriver.batches(List.of(topic), config, keys, values));
    }
}
