package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.codec.Codec;
import io.streamz.engine.PipelineSpec;
import io.streamz.kafka.EmbeddedKraft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The generated keyed {@code @Zip} of two topics ({@link Corpus.KeyedZip}) on a real broker, its
 * topics of 2 and 3 partitions: both sources are read by scope 0, so Kafka Streams sizes both
 * repartition topics after the larger input (3) and the zip's scope reads them co-partitioned;
 * every key's elements are paired in order, none lost or paired across keys. Run by
 * {@link KafkaStreamsBrokerTest} (on its broker).
 */
final class CopartitionRun {
    static final int KEYS = 12;
    static final int PER_KEY = 25;
    static final PipelineSpec SPEC = Streamz_Corpus_KeyedZip.spec();
    static final String SUFFIX = "-repartition";

    private CopartitionRun() {}

    /** Runs the zip on {@code kafka} with its state in {@code dir}; fails on any pair out of place. */
    static void run(EmbeddedKraft kafka, Path dir) throws Exception {
        String left = EmbeddedKraft.unique("left");
        String right = EmbeddedKraft.unique("right");
        String out = EmbeddedKraft.unique("pairs");
        kafka.createTopic(left, 2);
        kafka.createTopic(right, 3);
        kafka.createTopic(out, 3);
        String app = EmbeddedKraft.unique("zip");
        produce(kafka, left, 2, 0);
        produce(kafka, right, 3, 1_000);
        KafkaStreams streams = new KafkaStreams(
                StreamzKafka.of(SPEC)
                        .source("left", left)
                        .source("right", right)
                        .sink("out", out)
                        .build(),
                BrokerRun.props(kafka.bootstrapServers(), app, dir, StreamsConfig.EXACTLY_ONCE_V2));
        try {
            BrokerRun.start(streams, KafkaStreamsBrokerTest.STEP);
            Map<String, List<String>> pairs = consume(kafka.bootstrapServers(), out, KEYS * PER_KEY);
            Map<String, List<String>> expected = new TreeMap<>();
            for (int k = 0; k < KEYS; k++) {
                for (int i = 0; i < PER_KEY; i++) {
                    expected.computeIfAbsent("k" + k, x -> new ArrayList<>())
                            .add("k" + k + ":" + i + "/" + (1_000 + i));
                }
            }
            assertEquals(expected, pairs);
            assertEquals(Map.of("leftByKey", 3, "rightByKey", 3), repartitionSizes(kafka, app));
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
    }

    /** {@code PER_KEY} events of each key, a key's events all in one partition (so in order), values from {@code base}. */
    @SuppressWarnings("unchecked")
    private static void produce(EmbeddedKraft kafka, String topic, int partitions, long base) throws Exception {
        Codec<Corpus.Event> codec = (Codec<Corpus.Event>) SPEC.source("left").codec();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < PER_KEY; i++) {
                for (int k = 0; k < KEYS; k++) {
                    byte[] event = codec.toBytes(new Corpus.Event("k" + k, base + i));
                    producer.send(new ProducerRecord<>(topic, k % partitions, null, event));
                }
            }
            producer.flush();
        }
    }

    /** The first {@code n} committed pairs, by record key, each as {@code key:left/right}; fails if a pair mixes keys. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> consume(String bootstrap, String topic, int n) throws Exception {
        Codec<Corpus.EventPair> codec =
                (Codec<Corpus.EventPair>) SPEC.sink("out").codec();
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "group.id",
                topic + "-checker",
                "isolation.level",
                "read_committed",
                "auto.offset.reset",
                "earliest");
        Map<String, List<String>> pairs = new TreeMap<>();
        int seen = 0;
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + KafkaStreamsBrokerTest.STEP.toNanos();
            while (seen < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Corpus.EventPair pair = codec.fromBytes(record.value());
                    String key = pair.left().key().equals(pair.right().key())
                            ? pair.left().key()
                            : "mixed";
                    assertEquals(record.key(), key, "the record key is the pair's key");
                    pairs.computeIfAbsent(key, x -> new ArrayList<>())
                            .add(key + ":" + pair.left().value() + "/"
                                    + pair.right().value());
                    seen++;
                }
            }
            // a little longer: a duplicate or a stray pair after the n-th would show here
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                pairs.computeIfAbsent(record.key(), x -> new ArrayList<>()).add("extra");
            }
        }
        return pairs;
    }

    /** The partition count of each repartition topic of {@code app}, by its {@code @KeyBy} stage. */
    private static Map<String, Integer> repartitionSizes(EmbeddedKraft kafka, String app) throws Exception {
        String prefix = app + "-" + Names.defaultPrefix(SPEC) + "-";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(prefix) && t.endsWith(SUFFIX))
                    .collect(Collectors.toList());
            Map<String, Integer> sizes = new TreeMap<>();
            for (TopicDescription d :
                    admin.describeTopics(topics).allTopicNames().get().values()) {
                sizes.put(
                        d.name().substring(prefix.length(), d.name().length() - SUFFIX.length()),
                        d.partitions().size());
            }
            return sizes;
        }
    }
}
