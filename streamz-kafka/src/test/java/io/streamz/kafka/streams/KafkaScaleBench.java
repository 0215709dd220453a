package io.streamz.kafka.streams;

import com.sun.management.OperatingSystemMXBean;
import io.streamz.engine.LocalEngine;
import io.streamz.engine.TimeMode;
import io.streamz.kafka.EmbeddedKraft;
import io.streamz.kafka.docs.Streamz_CustomerTotals;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of keyed totals through a real (in-process) broker under exactly-once v2: 1 instance x
 * 1 thread, 2 instances x 1 thread, 1 instance x 2 threads, interleaved over three rounds after a
 * warm-up, and the same records through {@link LocalEngine} in this JVM. A benchmark, not a test:
 * it asserts only that every run produced every total. Opt-in: {@code mvn -B -ntp verify -pl
 * streamz-kafka -am -Pkafka-bench}; the table goes to stdout and {@code target/kafka-scale-bench.md}.
 */
@ExtendWith(EmbeddedKraft.class)
@EnabledIfSystemProperty(named = "streamz.kafka.bench", matches = "true")
class KafkaScaleBench {
    static final int RECORDS = 100_000;
    static final int CUSTOMERS = 2_000;
    static final int PARTITIONS = 4;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One run: records/s from the first output to the last and from the start to the last, CPU seconds. */
    record Run(String shape, double steady, double total, double cpuSeconds) {}

    @Test
    @Timeout(600)
    void scale(EmbeddedKraft kafka, @TempDir Path dir) throws Exception {
        String in = EmbeddedKraft.unique("orders");
        kafka.createTopic(in, PARTITIONS);
        double loadBefore = OS.getSystemLoadAverage();
        preload(kafka.bootstrapServers(), in);
        run(kafka, in, dir, 1, 1); // warm-up
        List<Run> runs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            runs.add(run(kafka, in, dir, 1, 1));
            runs.add(run(kafka, in, dir, 2, 1));
            runs.add(run(kafka, in, dir, 1, 2));
            runs.add(local());
        }
        String table = table(runs, loadBefore);
        System.out.println(table);
        Files.writeString(Path.of("target/kafka-scale-bench.md"), table, StandardCharsets.UTF_8);
    }

    private static void preload(String bootstrap, String topic) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap, "linger.ms", "20", "batch.size", "262144"),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(
                        new ProducerRecord<>(topic, i % PARTITIONS, null, BrokerRun.order("c" + (i % CUSTOMERS))));
            }
            producer.flush();
        }
    }

    private static Run run(EmbeddedKraft kafka, String in, Path dir, int instances, int threads) throws Exception {
        String app = EmbeddedKraft.unique("scale");
        String out = EmbeddedKraft.unique("totals");
        kafka.createTopic(out, PARTITIONS);
        List<KafkaStreams> all = new ArrayList<>();
        AtomicInteger seen = new AtomicInteger();
        AtomicLong first = new AtomicLong();
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        Thread counter = new Thread(() -> count(kafka.bootstrapServers(), out, seen, first));
        counter.start();
        try {
            for (int i = 0; i < instances; i++) {
                Properties props = BrokerRun.props(
                        kafka.bootstrapServers(),
                        app,
                        Files.createTempDirectory(dir, app),
                        StreamsConfig.EXACTLY_ONCE_V2);
                props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
                KafkaStreams streams = new KafkaStreams(BrokerRun.topology("totals", in, out), props);
                all.add(streams);
                streams.start();
            }
            BrokerRun.await("every total", () -> seen.get() >= RECORDS, Duration.ofMinutes(3));
            long end = System.nanoTime();
            double cpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
            return new Run(
                    instances + " instance(s) x " + threads + " thread(s)",
                    RECORDS / ((end - first.get()) / 1e9),
                    RECORDS / ((end - start) / 1e9),
                    cpuSeconds);
        } finally {
            counter.interrupt();
            counter.join();
            all.forEach(s -> s.close(Duration.ofSeconds(10)));
        }
    }

    private static void count(String bootstrap, String topic, AtomicInteger seen, AtomicLong first) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "group.id",
                topic + "-counter",
                "isolation.level",
                "read_committed",
                "auto.offset.reset",
                "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<byte[], byte[]> ignored : consumer.poll(Duration.ofMillis(20))) {
                    if (seen.incrementAndGet() == 1) {
                        first.set(System.nanoTime());
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // done
        }
    }

    /** The same records through LocalEngine, decoded first (as the Streams run decodes them too). */
    private static Run local() {
        long[] sink = new long[1];
        LocalEngine engine = LocalEngine.builder(Streamz_CustomerTotals.spec())
                .sinkLong("totals", x -> sink[0] += x)
                .time(TimeMode.PROCESSING)
                .build();
        List<byte[]> encoded = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            encoded.add(BrokerRun.order("c" + (i % CUSTOMERS)));
        }
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        for (byte[] bytes : encoded) {
            engine.accept(0, null, BrokerRun.ORDER.fromBytes(bytes));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink[0] == 0) {
            throw new AssertionError("no totals");
        }
        return new Run(
                "LocalEngine, this JVM", RECORDS / seconds, RECORDS / seconds, (OS.getProcessCpuTime() - cpu) / 1e9);
    }

    private static String table(List<Run> runs, double loadBefore) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "load average %.1f before, %.1f after; %d processors%n%n",
                loadBefore,
                OS.getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        out.append("| run | records/s, first to last output | records/s, start to last | process CPU s |\n");
        out.append("|---|---:|---:|---:|\n");
        for (Run r : runs) {
            out.append(String.format(
                    Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f |%n", r.shape(), r.steady(), r.total(), r.cpuSeconds()));
        }
        Map<String, Double> medians = new java.util.LinkedHashMap<>();
        for (Run r : runs) {
            medians.computeIfAbsent(
                    r.shape(),
                    shape -> median(runs.stream()
                            .filter(x -> x.shape().equals(shape))
                            .mapToDouble(Run::steady)
                            .toArray()));
        }
        out.append("\n| run | median records/s, first to last output |\n|---|---:|\n");
        medians.forEach((shape, m) -> out.append(String.format(Locale.ROOT, "| %s | %,.0f |%n", shape, m)));
        double one = medians.get("1 instance(s) x 1 thread(s)");
        out.append(String.format(
                Locale.ROOT,
                "%nratios of medians: Kafka 1x1 / LocalEngine %.4f (1/%.0f), 2x1 / 1x1 %.2f, 1x2 / 1x1 %.2f%n",
                one / medians.get("LocalEngine, this JVM"),
                medians.get("LocalEngine, this JVM") / one,
                medians.get("2 instance(s) x 1 thread(s)") / one,
                medians.get("1 instance(s) x 2 thread(s)") / one));
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
