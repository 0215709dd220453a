package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.engine.PipelineSpec;
import io.streamz.kafka.docs.CustomerTotals;
import io.streamz.kafka.docs.Streamz_CustomerTotals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/** What the real-broker scenarios share: the keyed-totals topology, Streams settings, waits on progress. */
final class BrokerRun {
    private BrokerRun() {}

    /** The codec the processor derived for the orders of {@link CustomerTotals}. */
    @SuppressWarnings("unchecked")
    static final Codec<CustomerTotals.Order> ORDER = (Codec<CustomerTotals.Order>)
            Streamz_CustomerTotals.spec().source("orders").codec();

    /** An order of amount 1 of {@code customer}, encoded. */
    static byte[] order(String customer) {
        return ORDER.toBytes(new CustomerTotals.Order(customer, 1));
    }

    /** The keyed timed window of the full profile: 200 ms windows per key. */
    static final PipelineSpec WINDOWS = Streamz_Corpus_Windows.spec();

    /** Keyed totals (the generated {@link CustomerTotals}, {@code "totals"}) or keyed windows ({@code "windows"}) reading {@code in}, writing {@code out}, RocksDB stores. */
    static Topology topology(String pipeline, String in, String out) {
        if (pipeline.equals("windows")) {
            return StreamzKafka.of(WINDOWS)
                    .source("events", in)
                    .sink("out", out)
                    .build();
        }
        return StreamzKafka.of(Streamz_CustomerTotals.spec())
                .source("orders", in)
                .sink("totals", out)
                .stores(StoreType.ROCKS_DB)
                .build();
    }

    /** Streams settings for the tests: {@code guarantee} (exactly_once_v2 or at_least_once), fast failure detection. */
    static Properties props(String bootstrap, String application, Path stateDir, String guarantee) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        // exactly once: commit often (outputs become visible at commits); at least once: as rarely as
        // a real deployment would (its default is 30 s), so that a kill replays what was processed
        props.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                guarantee.equals(StreamsConfig.AT_LEAST_ONCE) ? "2000" : "100");
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), "6000");
        props.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "1000");
        props.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), "5000");
        return props;
    }

    /** Starts {@code streams} and waits until it is RUNNING. */
    static KafkaStreams start(KafkaStreams streams, Duration timeout) throws InterruptedException, TimeoutException {
        streams.start();
        await("instance RUNNING", () -> streams.state() == KafkaStreams.State.RUNNING, timeout);
        return streams;
    }

    /** Waits until {@code condition} holds, checking every 20 ms; says on stderr how long it took. */
    static void await(String what, BooleanSupplier condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("gave up waiting for " + what + " after " + timeout);
            }
            Thread.sleep(20);
        }
        System.err.printf("[broker] %s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
