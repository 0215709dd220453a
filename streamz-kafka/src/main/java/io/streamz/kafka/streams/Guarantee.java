package io.streamz.kafka.streams;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exactly-once v2 is what makes a pipeline on Kafka Streams lose and duplicate nothing across a
 * failure; the adapter does not enforce it (the application owns its configuration) but says so,
 * once per pipeline and JVM, through {@code System.Logger} {@code io.streamz.kafka}.
 */
final class Guarantee {
    static final String LOGGER = "io.streamz.kafka";
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private Guarantee() {}

    /** The warning for {@code pipeline} under {@code configs}, or {@code null} under exactly-once v2. */
    static String warning(String pipeline, Map<String, Object> configs) {
        Object guarantee = configs.get("processing.guarantee");
        String name = guarantee == null ? "at_least_once" : guarantee.toString();
        if (name.equals("exactly_once_v2")) {
            return null;
        }
        return pipeline + " runs on Kafka Streams with processing.guarantee=" + name
                + ": after a failure its outputs may be duplicated and its state may count replayed records"
                + " twice; set processing.guarantee=exactly_once_v2";
    }

    /** Logs {@link #warning} at {@code WARNING}, the first time for {@code pipeline}. */
    static void warnUnlessExactlyOnce(String pipeline, Map<String, Object> configs) {
        String warning = warning(pipeline, configs);
        if (warning != null && WARNED.add(pipeline)) {
            System.getLogger(LOGGER).log(Level.WARNING, warning);
        }
    }
}
