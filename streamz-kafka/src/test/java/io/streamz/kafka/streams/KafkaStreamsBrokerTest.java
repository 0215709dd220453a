package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.kafka.EmbeddedKraft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyed totals (the generated {@code CustomerTotals} of the docs) on a real broker under exactly-once v2, through a rebalance and through a killed
 * instance: per key the committed totals are exactly 1..n (0 lost, 0 duplicated, 0 wrong).
 */
@ExtendWith(EmbeddedKraft.class)
class KafkaStreamsBrokerTest {
    static final int PARTITIONS = 4;
    static final int ORDERS = 12_000;
    static final int CUSTOMERS = 60;
    static final int WINDOW = 1_500;
    static final Duration STEP = Duration.ofSeconds(60);

    @Test
    @Timeout(120)
    void rebalanceScaleUpThenDown(EmbeddedKraft kafka, @TempDir Path a, @TempDir Path b) throws Exception {
        String in = EmbeddedKraft.unique("orders");
        String out = EmbeddedKraft.unique("totals");
        kafka.createTopic(in, PARTITIONS);
        kafka.createTopic(out, PARTITIONS);
        String app = EmbeddedKraft.unique("rebalance");
        String guarantee = StreamsConfig.EXACTLY_ONCE_V2;
        List<KafkaStreams> running = new ArrayList<>();
        try (TotalsChecker checker = new TotalsChecker(kafka.bootstrapServers(), out)) {
            KafkaStreams first = instance(kafka, app, in, out, a, guarantee, running);
            BrokerRun.start(first, STEP);
            try (OrderFeeder feeder = new OrderFeeder(
                    kafka.bootstrapServers(), in, PARTITIONS, ORDERS, CUSTOMERS, WINDOW, checker::count)) {
                BrokerRun.await("a quarter of the totals", () -> checker.count() >= ORDERS / 4, STEP);
                KafkaStreams second = instance(kafka, app, in, out, b, guarantee, running);
                BrokerRun.start(second, STEP);
                BrokerRun.await("B owns tasks", () -> activeTasks(second) > 0, STEP);
                BrokerRun.await("half of the totals", () -> checker.count() >= ORDERS / 2, STEP);
                assertTrue(checker.count() < ORDERS, "the scale-down lands mid-stream");
                first.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                        .withTimeout(Duration.ofSeconds(30)));
                BrokerRun.await("every total", () -> checker.count() >= ORDERS, STEP);
                assertEquals(new TotalsChecker.Report(CUSTOMERS, ORDERS, 0, 0, 0), checker.check(feeder.expected()));
            }
        } finally {
            running.forEach(s -> s.close(Duration.ofSeconds(10)));
        }
    }

    @Test
    @Timeout(150)
    void aKilledInstanceRestartedWithItsStateDirectory(EmbeddedKraft kafka, @TempDir Path a, @TempDir Path b)
            throws Exception {
        String in = EmbeddedKraft.unique("orders");
        String out = EmbeddedKraft.unique("totals");
        kafka.createTopic(in, PARTITIONS);
        kafka.createTopic(out, PARTITIONS);
        String app = EmbeddedKraft.unique("crash");
        TotalsChecker.Report report = crashRun(kafka, app, in, out, a, b, StreamsConfig.EXACTLY_ONCE_V2);
        System.err.println("crash scenario: " + report);
        assertEquals(new TotalsChecker.Report(CUSTOMERS, ORDERS, 0, 0, 0), report);
    }

    /**
     * Co-partitioning: a keyed {@code @Zip} of two topics of 2 and 3 partitions pairs each key's
     * elements in order (its repartition topics both get 3 partitions); see {@link CopartitionRun}.
     */
    @Test
    @Timeout(90)
    void aKeyedZipOfTopicsOfDifferentPartitionCounts(EmbeddedKraft kafka, @TempDir Path dir) throws Exception {
        CopartitionRun.run(kafka, dir);
    }

    /** A in this JVM, B in a child JVM killed at a third of the totals and restarted at two thirds. */
    static TotalsChecker.Report crashRun(
            EmbeddedKraft kafka, String app, String in, String out, Path a, Path b, String guarantee) throws Exception {
        List<KafkaStreams> running = new ArrayList<>();
        Process child = null;
        try (TotalsChecker checker = new TotalsChecker(kafka.bootstrapServers(), out)) {
            KafkaStreams first = instance(kafka, app, in, out, a, guarantee, running);
            BrokerRun.start(first, STEP);
            child = child("totals", kafka, app, in, out, b, guarantee);
            BrokerRun.await("B owns tasks", () -> activeTasks(first) < 2 * PARTITIONS, STEP);
            try (OrderFeeder feeder = new OrderFeeder(
                    kafka.bootstrapServers(), in, PARTITIONS, ORDERS, CUSTOMERS, WINDOW, checker::count)) {
                BrokerRun.await("a third of the totals", () -> checker.count() >= ORDERS / 3, STEP);
                child.destroyForcibly().waitFor();
                BrokerRun.await("two thirds of the totals", () -> checker.count() >= 2 * ORDERS / 3, STEP);
                assertTrue(checker.count() < ORDERS, "the restart lands mid-stream");
                child = child("totals", kafka, app, in, out, b, guarantee);
                BrokerRun.await("every key's last total", () -> checker.reachedAll(feeder.expected()), STEP);
                return checker.check(feeder.expected());
            }
        } finally {
            if (child != null) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            running.forEach(s -> s.close(Duration.ofSeconds(10)));
        }
    }

    static KafkaStreams instance(
            EmbeddedKraft kafka,
            String app,
            String in,
            String out,
            Path dir,
            String guarantee,
            List<KafkaStreams> all) {
        return instance("totals", kafka, app, in, out, dir, guarantee, all);
    }

    static KafkaStreams instance(
            String pipeline,
            EmbeddedKraft kafka,
            String app,
            String in,
            String out,
            Path dir,
            String guarantee,
            List<KafkaStreams> all) {
        KafkaStreams streams = new KafkaStreams(
                BrokerRun.topology(pipeline, in, out), BrokerRun.props(kafka.bootstrapServers(), app, dir, guarantee));
        all.add(streams);
        return streams;
    }

    /** How many active tasks the instance runs (of both sub-topologies). */
    static int activeTasks(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream()
                .mapToInt(t -> t.activeTasks().size())
                .sum();
    }

    /** Starts instance B in a child JVM and waits until it says it runs. */
    static Process child(
            String pipeline, EmbeddedKraft kafka, String app, String in, String out, Path dir, String guarantee)
            throws IOException, InterruptedException, TimeoutException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classpath,
                        BrokerChild.class.getName(),
                        pipeline,
                        kafka.bootstrapServers(),
                        app,
                        in,
                        out,
                        dir.toString(),
                        guarantee)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        AtomicBoolean runs = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("RUNNING")) {
                        runs.set(true);
                    } else {
                        System.err.println("[child] " + line);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        BrokerRun.await("the child instance RUNNING", () -> runs.get() || !process.isAlive(), STEP);
        if (!process.isAlive()) {
            throw new IllegalStateException("the child instance exited with " + process.exitValue());
        }
        return process;
    }
}
