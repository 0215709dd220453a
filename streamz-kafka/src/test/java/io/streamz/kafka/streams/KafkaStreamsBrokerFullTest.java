package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.kafka.EmbeddedKraft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full profile ({@code mvn verify -Pkafka-it-full}): the at-least-once control run, which the
 * checker must find errors in (proof that it has teeth), and a keyed timed window across a killed
 * instance under exactly-once v2 (every element in exactly one committed window).
 */
@ExtendWith(EmbeddedKraft.class)
@EnabledIfSystemProperty(named = "streamz.kafka.full", matches = "true")
class KafkaStreamsBrokerFullTest {
    static final int PARTITIONS = KafkaStreamsBrokerTest.PARTITIONS;
    static final Duration STEP = KafkaStreamsBrokerTest.STEP;

    @Test
    @Timeout(150)
    void atLeastOnceLosesNothingButTheCheckerFindsItsErrors(EmbeddedKraft kafka, @TempDir Path a, @TempDir Path b)
            throws Exception {
        String in = EmbeddedKraft.unique("orders");
        String out = EmbeddedKraft.unique("totals");
        kafka.createTopic(in, PARTITIONS);
        kafka.createTopic(out, PARTITIONS);
        TotalsChecker.Report report = KafkaStreamsBrokerTest.crashRun(
                kafka, EmbeddedKraft.unique("alos"), in, out, a, b, StreamsConfig.AT_LEAST_ONCE);
        System.err.println("at-least-once control: " + report);
        assertTrue(
                report.duplicated() + report.wrong() > 0,
                "at least once must show duplicates or wrong totals: " + report);
    }

    @Test
    @Timeout(150)
    void aKeyedTimedWindowAcrossAKill(EmbeddedKraft kafka, @TempDir Path a, @TempDir Path b) throws Exception {
        int events = 8_000;
        int customers = 40;
        String in = EmbeddedKraft.unique("events");
        String out = EmbeddedKraft.unique("windows");
        kafka.createTopic(in, PARTITIONS);
        kafka.createTopic(out, PARTITIONS);
        String app = EmbeddedKraft.unique("windows");
        String eos = StreamsConfig.EXACTLY_ONCE_V2;
        List<KafkaStreams> running = new ArrayList<>();
        Process child = null;
        try (WindowChecker checker = new WindowChecker(kafka.bootstrapServers(), out, customers)) {
            KafkaStreams first = KafkaStreamsBrokerTest.instance("windows", kafka, app, in, out, a, eos, running);
            BrokerRun.start(first, STEP);
            child = KafkaStreamsBrokerTest.child("windows", kafka, app, in, out, b, eos);
            BrokerRun.await("B owns tasks", () -> KafkaStreamsBrokerTest.activeTasks(first) < 2 * PARTITIONS, STEP);
            try (OrderFeeder feeder = new OrderFeeder(
                    kafka.bootstrapServers(), in, PARTITIONS, events, customers, 1_000, checker::count, true)) {
                BrokerRun.await("a third of the elements", () -> checker.count() >= events / 3, STEP);
                child.destroyForcibly().waitFor();
                BrokerRun.await("two thirds of the elements", () -> checker.count() >= 2 * events / 3, STEP);
                child = KafkaStreamsBrokerTest.child("windows", kafka, app, in, out, b, eos);
                BrokerRun.await("every element", () -> checker.count() >= events, STEP);
                TotalsChecker.Report report = checker.check(events);
                System.err.println("timed window across a kill: " + report);
                assertEquals(new TotalsChecker.Report(customers, events, 0, 0, 0), report);
            }
        } finally {
            if (child != null) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            running.forEach(s -> s.close(Duration.ofSeconds(10)));
        }
    }
}
