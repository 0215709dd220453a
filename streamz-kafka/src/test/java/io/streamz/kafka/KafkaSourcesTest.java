package io.streamz.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.ScheduledEventLoop;
import io.streamz.Source;
import io.streamz.Stream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Kafka sources and sink against a real in-process KRaft broker. */
@ExtendWith(EmbeddedKraft.class)
@Timeout(120)
class KafkaSourcesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EmbeddedKraft kafka;
    private final ScheduledEventLoop loop = new ScheduledEventLoop("kafka-test-loop", failure -> {});
    private final List<Source<?>> sources = new ArrayList<>();

    KafkaSourcesTest(EmbeddedKraft kafka) {
        this.kafka = kafka;
    }

    @AfterEach
    void tearDown() {
        sources.forEach(Source::stop);
        loop.close();
    }

    private Map<String, Object> consumer(String group) {
        return Map.of(
                "bootstrap.servers",
                kafka.bootstrapServers(),
                "group.id",
                group,
                "auto.offset.reset",
                "earliest",
                "session.timeout.ms",
                6000,
                "heartbeat.interval.ms",
                1000);
    }

    private <T extends Source<?>> T track(T source) {
        sources.add(source);
        return source;
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + PATIENCE + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    private static List<String> values(int n) {
        return IntStream.range(0, n).mapToObj(i -> "v" + i).collect(Collectors.toList());
    }

    @Test
    void recordsGoThroughAndToKafkaWritesThemBack() throws Exception {
        String in = EmbeddedKraft.unique("in");
        String out = EmbeddedKraft.unique("out");
        kafka.createTopic(in, 1);
        kafka.createTopic(out, 1);
        Source<ConsumerRecord<String, String>> source = track(KafkaSources.fromKafka(
                List.of(in),
                consumer(EmbeddedKraft.unique("g")),
                new StringDeserializer(),
                new StringDeserializer(),
                loop));
        KafkaSink<String, String> sink = KafkaSink.toKafka(
                source.map(r -> r.value().toUpperCase()),
                out,
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer(),
                v -> v.substring(0, 1));
        source.start();
        kafka.produce(in, 1, List.of("a", "b", "c"));

        Stream<String> echoed = KafkaSources.fromKafkaValues(
                List.of(out),
                consumer(EmbeddedKraft.unique("g")),
                new StringDeserializer(),
                new StringDeserializer(),
                loop);
        ListSink<String> seen = echoed.sinkToList();
        echoed.start();
        sources.add((Source<?>) echoed.upstreams().get(0));
        eventually("three records through and back", () -> seen.size() == 3);
        assertEquals(List.of("A", "B", "C"), seen.snapshot());
        sink.flush();
        sink.close();
        assertEquals("<fromKafka: " + in + ">", source.toString());
    }

    @Test
    void anOffsetIsCommittedOnlyOnceItsAsynchronousWriteFinished() throws Exception {
        String topic = EmbeddedKraft.unique("checkpoint");
        String group = EmbeddedKraft.unique("g");
        kafka.createTopic(topic, 1);
        kafka.produce(topic, 1, values(3));
        Source<ConsumerRecord<String, String>> source = track(KafkaSources.fromKafka(
                List.of(topic), consumer(group), new StringDeserializer(), new StringDeserializer(), loop));
        List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
        source.sinkAsync(record -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        source.start();
        eventually("the first write started", () -> writes.size() == 1);
        TopicPartition partition = new TopicPartition(topic, 0);
        eventually("the start position is committed", () -> offset(group, partition) == 0L);
        Thread.sleep(300); // a few polls: nothing finished, nothing committed past 0
        assertEquals(0L, offset(group, partition));
        assertEquals(1, writes.size(), "the next record waits for this write (back pressure)");

        writes.get(0).complete(null);
        eventually("offset 1 committed", () -> offset(group, partition) == 1L);
        eventually("the second write started", () -> writes.size() == 2);
        writes.get(1).complete(null);
        eventually("the third write started", () -> writes.size() == 3);
        writes.get(2).complete(null);
        eventually("offset 3 committed", () -> offset(group, partition) == 3L);
    }

    /** A stage that holds a record (here a partition waiting for its second element) holds its offset. */
    @Test
    void anOffsetWaitsForAStageHoldingItsRecord() throws Exception {
        String topic = EmbeddedKraft.unique("held");
        String group = EmbeddedKraft.unique("g");
        kafka.createTopic(topic, 1);
        kafka.produce(topic, 1, values(3));
        Source<ConsumerRecord<String, String>> source = track(KafkaSources.fromKafka(
                List.of(topic), consumer(group), new StringDeserializer(), new StringDeserializer(), loop));
        ListSink<List<ConsumerRecord<String, String>>> pairs =
                source.partition(2).sinkToList();
        source.start();
        TopicPartition partition = new TopicPartition(topic, 0);
        eventually("offset 2 committed", () -> offset(group, partition) == 2L);
        Thread.sleep(300); // a few polls: the third record waits in the partition, uncommitted
        assertEquals(2L, offset(group, partition));
        assertEquals(1, pairs.size());
        kafka.produce(topic, 1, List.of("v3"));
        eventually("offset 4 committed", () -> offset(group, partition) == 4L);
        assertEquals(2, pairs.size());
    }

    /**
     * A sink slower than max.poll.interval.ms: the consumer pauses its partition and keeps
     * polling while it waits, so it stays in its group; every record goes through once, in order.
     */
    @Test
    void aSinkSlowerThanMaxPollIntervalKeepsTheConsumerInItsGroup() throws Exception {
        String topic = EmbeddedKraft.unique("slow");
        String group = EmbeddedKraft.unique("g");
        kafka.createTopic(topic, 1);
        kafka.produce(topic, 1, values(4));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ScheduledEventLoop slowLoop = new ScheduledEventLoop("kafka-slow-sink", failures::add);
        try {
            Map<String, Object> config = new java.util.HashMap<>(consumer(group));
            config.put("max.poll.interval.ms", 1000);
            Source<ConsumerRecord<String, String>> source = track(KafkaSources.fromKafka(
                    List.of(topic), config, new StringDeserializer(), new StringDeserializer(), slowLoop));
            List<String> written = new CopyOnWriteArrayList<>();
            source.sinkAsync(record -> {
                CompletableFuture<Void> write = new CompletableFuture<>();
                long millis = record.offset() == 1 ? 3000 : 0; // three max.poll.interval.ms
                CompletableFuture.delayedExecutor(millis, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .execute(() -> {
                            written.add(record.value());
                            write.complete(null);
                        });
                return write;
            });
            source.start();
            TopicPartition partition = new TopicPartition(topic, 0);
            eventually("offset 4 committed", () -> offset(group, partition) == 4L);
            kafka.produce(topic, 1, List.of("v4"));
            eventually("offset 5 committed", () -> offset(group, partition) == 5L);
            assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), written, "once each, in order: never re-read");
            assertEquals(List.of(), failures, "no commit failed, the source did not stop");
            assertFalse(source.isStopped());
        } finally {
            sources.forEach(Source::stop);
            slowLoop.close();
        }
    }

    private long offset(String group, TopicPartition partition) {
        try {
            var committed = kafka.committed(group).get(partition);
            return committed == null ? -1 : committed.offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void batchedEmitsOneListPerPartition() throws Exception {
        String topic = EmbeddedKraft.unique("batched");
        kafka.createTopic(topic, 2);
        kafka.produce(topic, 2, values(10));
        Source<List<ConsumerRecord<String, String>>> source = track(KafkaSources.fromKafkaBatched(
                topic, consumer(EmbeddedKraft.unique("g")), new StringDeserializer(), new StringDeserializer(), loop));
        ListSink<List<ConsumerRecord<String, String>>> batches = source.sinkToList();
        source.start();
        eventually(
                "ten records in batches",
                () -> batches.snapshot().stream().mapToInt(List::size).sum() == 10);
        for (List<ConsumerRecord<String, String>> batch : batches.snapshot()) {
            assertFalse(batch.isEmpty());
            assertEquals(
                    1, batch.stream().map(ConsumerRecord::partition).distinct().count(), "one partition per batch");
        }
        Set<String> all = batches.snapshot().stream()
                .flatMap(List::stream)
                .map(ConsumerRecord::value)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(values(10)), all);
        assertEquals("<fromKafkaBatched: " + topic + ">", source.toString());
    }

    /**
     * A consumer killed mid-stream (its writes hang, then it is stopped) and a new one in the
     * same group: every record is finished by one of them, none lost.
     */
    @Test
    void killAndRestartLosesNothing() throws Exception {
        String topic = EmbeddedKraft.unique("restart");
        String group = EmbeddedKraft.unique("g");
        int n = 200;
        kafka.createTopic(topic, 2);
        kafka.produce(topic, 2, values(n));
        Set<String> finished = ConcurrentHashMap.newKeySet();

        Source<ConsumerRecord<String, String>> first = track(KafkaSources.fromKafka(
                List.of(topic), consumer(group), new StringDeserializer(), new StringDeserializer(), loop));
        List<CompletableFuture<Void>> hanging = new CopyOnWriteArrayList<>();
        first.sinkAsync(record -> {
            if (finished.size() < 60) {
                finished.add(record.value());
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> never = new CompletableFuture<>(); // the write of a dying process
            hanging.add(never);
            return never;
        });
        first.start();
        eventually("the first consumer hangs mid-stream", () -> !hanging.isEmpty());
        first.stop();
        int finishedByFirst = finished.size();

        Source<ConsumerRecord<String, String>> second = track(KafkaSources.fromKafka(
                List.of(topic), consumer(group), new StringDeserializer(), new StringDeserializer(), loop));
        List<String> reread = new CopyOnWriteArrayList<>();
        second.sinkAsync(record -> {
            reread.add(record.value());
            finished.add(record.value());
            return CompletableFuture.completedFuture(null);
        });
        second.start();
        eventually("every record finished", () -> finished.size() == n);
        Set<String> lost = new TreeSet<>(values(n));
        lost.removeAll(finished);
        assertEquals(Set.of(), lost, "0 lost");
        assertTrue(
                reread.size() <= n - finishedByFirst + 2,
                "the restart reads on from the committed offsets, "
                        + "re-reading only what was not finished: " + reread.size() + " re-read, "
                        + finishedByFirst + " finished before");
    }

    /**
     * The batched source killed mid-stream (a batch's write hangs, then it is stopped) and a new
     * one in the same group: every record is finished by one of them, none lost, and the second
     * re-reads no batch the first had finished.
     */
    @Test
    void batchedKillAndRestartLosesNothing() throws Exception {
        String topic = EmbeddedKraft.unique("batched-restart");
        String group = EmbeddedKraft.unique("g");
        int n = 200;
        kafka.createTopic(topic, 2);
        kafka.produce(topic, 2, values(n));
        Map<String, Object> config = new java.util.HashMap<>(consumer(group));
        config.put("max.poll.records", 20); // several batches per partition
        Set<String> finished = ConcurrentHashMap.newKeySet();

        Source<List<ConsumerRecord<String, String>>> first = track(
                KafkaSources.fromKafkaBatched(topic, config, new StringDeserializer(), new StringDeserializer(), loop));
        List<CompletableFuture<Void>> hanging = new CopyOnWriteArrayList<>();
        first.sinkAsync(batch -> {
            if (finished.size() < 60) {
                batch.forEach(record -> finished.add(record.value()));
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> never = new CompletableFuture<>(); // the write of a dying process
            hanging.add(never);
            return never;
        });
        first.start();
        eventually("the first consumer hangs mid-stream", () -> !hanging.isEmpty());
        first.stop();
        Set<String> finishedByFirst = new TreeSet<>(finished);

        Source<List<ConsumerRecord<String, String>>> second = track(
                KafkaSources.fromKafkaBatched(topic, config, new StringDeserializer(), new StringDeserializer(), loop));
        List<String> reread = new CopyOnWriteArrayList<>();
        second.sinkAsync(batch -> {
            batch.forEach(record -> {
                reread.add(record.value());
                finished.add(record.value());
            });
            return CompletableFuture.completedFuture(null);
        });
        second.start();
        eventually("every record finished", () -> finished.size() == n);
        Set<String> lost = new TreeSet<>(values(n));
        lost.removeAll(finished);
        assertEquals(Set.of(), lost, "0 lost");
        Set<String> again = new TreeSet<>(reread);
        again.retainAll(finishedByFirst);
        assertEquals(Set.of(), again, "the restart reads on from the offsets committed for finished batches");
    }
}
