package io.streamz.kafka;

import io.streamz.GlobalSinks;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * streamz's {@code to_kafka}: sends every element to a topic. The emit future of an element
 * completes when the broker acknowledged it (not when {@code send} returned), so back pressure
 * and checkpointing upstream wait for the write; a failed send fails that emit future. Keys come
 * from a function of the element, or are {@code null}. {@link #flush()} waits for what was sent;
 * {@link #close()} flushes, closes the producer and destroys the sink.
 *
 * @param <K> the key type
 * @param <V> the element (value) type
 */
public final class KafkaSink<K, V> implements AutoCloseable {
    private final Producer<K, V> producer;
    private final Sink<V> sink;

    private final AtomicBoolean closed = new AtomicBoolean();

    /** Attaches the sink; the arguments are checked. */
    private KafkaSink(Stream<V> upstream, String topic, Producer<K, V> producer, Function<? super V, ? extends K> key) {
        this.producer = producer;
        this.sink = upstream.sinkAsync(value -> send(new ProducerRecord<>(topic, key.apply(value), value)));
    }

    /** The checks of both factories, before any producer is built: each names {@code toKafka}. */
    private static void check(Stream<?> upstream, String topic, Function<?, ?> key) {
        Objects.requireNonNull(upstream, "toKafka: upstream must not be null");
        Objects.requireNonNull(topic, "toKafka: topic must not be null");
        Objects.requireNonNull(key, "toKafka: key must not be null");
    }

    /**
     * A sink of {@code upstream} into {@code topic}, with a new producer built from {@code config}.
     *
     * @param <K> the key type
     * @param <V> the element (value) type
     * @param upstream the stream whose elements are sent
     * @param topic the topic written to
     * @param config the producer's configuration; needs {@code bootstrap.servers}
     * @param keys the key serializer
     * @param values the value serializer
     * @param key the key of an element ({@code v -> null} for none)
     * @return the sink, which owns the producer
     */
    public static <K, V> KafkaSink<K, V> toKafka(
            Stream<V> upstream,
            String topic,
            Map<String, ?> config,
            Serializer<K> keys,
            Serializer<V> values,
            Function<? super V, ? extends K> key) {
        check(upstream, topic, key);
        Objects.requireNonNull(config, "toKafka: config must not be null");
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) Map.copyOf(config);
        KafkaProducer<K, V> producer = new KafkaProducer<>(settings, keys, values);
        try {
            return new KafkaSink<>(upstream, topic, producer, key);
        } catch (RuntimeException | Error e) { // e.g. a closed graph: the producer built here is closed again
            producer.close();
            throw e;
        }
    }

    /**
     * {@link #toKafka(Stream, String, Map, Serializer, Serializer, Function)} through a producer of
     * yours, which the sink then owns ({@link #close()} closes it). If this throws (a bad
     * argument, a closed graph), no sink exists and the producer is still yours to close.
     *
     * @param <K> the key type
     * @param <V> the element (value) type
     * @param upstream the stream whose elements are sent
     * @param topic the topic written to
     * @param producer the producer sending the records
     * @param key the key of an element ({@code v -> null} for none)
     * @return the sink, which owns the producer
     */
    public static <K, V> KafkaSink<K, V> toKafka(
            Stream<V> upstream, String topic, Producer<K, V> producer, Function<? super V, ? extends K> key) {
        check(upstream, topic, key);
        return new KafkaSink<>(
                upstream, topic, Objects.requireNonNull(producer, "toKafka: producer must not be null"), key);
    }

    private CompletableFuture<Void> send(ProducerRecord<K, V> record) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        producer.send(record, (metadata, failure) -> {
            if (failure == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(failure);
            }
        });
        return acknowledged;
    }

    /** Waits until every record sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    /**
     * The sink node, e.g. to {@link Stream#routeFailuresTo route} failed sends.
     *
     * @return the node in {@code upstream}'s graph
     */
    public Sink<V> sink() {
        return sink;
    }

    /**
     * Destroys the sink (unless its graph was closed or it was destroyed already), then flushes and
     * closes the producer, even if destroying failed. A second call does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!sink.isClosed() && GlobalSinks.contains(sink)) {
                sink.destroy();
            }
        } finally {
            producer.close();
        }
    }
}
