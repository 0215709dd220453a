package io.streamz.kafka.streams;

import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;

/**
 * An instance of keyed totals in a JVM of its own, for the crash scenario: args are the pipeline
 * ({@code totals} or {@code windows}), bootstrap servers, application id, input topic, output
 * topic, state directory and processing guarantee.
 * Prints {@code RUNNING} once it runs, then runs until killed.
 */
public final class BrokerChild {
    private BrokerChild() {}

    public static void main(String[] args) throws Exception {
        KafkaStreams streams = new KafkaStreams(
                BrokerRun.topology(args[0], args[3], args[4]),
                BrokerRun.props(args[1], args[2], Path.of(args[5]), args[6]));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                System.out.println("RUNNING");
                System.out.flush();
            }
        });
        streams.start();
        Thread.currentThread().join();
    }
}
