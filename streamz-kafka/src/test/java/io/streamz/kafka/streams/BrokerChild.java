package io.streamz.kafka.streams;

import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;

/**
 * An instance of keyed totals in a JVM of its own, for the crash scenario: args are the bootstrap
 * servers, application id, input topic, output topic, state directory and processing guarantee.
 * Prints {@code RUNNING} once it runs, then runs until killed.
 */
public final class BrokerChild {
    private BrokerChild() {}

    public static void main(String[] args) throws Exception {
        KafkaStreams streams = new KafkaStreams(
                BrokerRun.topology(args[2], args[3]), BrokerRun.props(args[0], args[1], Path.of(args[4]), args[5]));
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
