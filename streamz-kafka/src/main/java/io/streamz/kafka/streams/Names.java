package io.streamz.kafka.streams;

import io.streamz.engine.ExchangeSpec;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.StateSpec;

/**
 * Every name the adapter gives a node, store or internal topic, derived from the pipeline's name
 * (or the one the user chose) and the stage names, never from how stages were fused: a pipeline
 * whose stages keep their names keeps its state and topics. Characters Kafka does not allow in
 * topic names become {@code _}.
 */
final class Names {
    private final String prefix;

    Names(String prefix) {
        this.prefix = legal(prefix);
    }

    static String legal(String name) {
        return name.replaceAll("[^a-zA-Z0-9._-]", "_");
    }

    /** The default prefix: the pipeline interface's simple name. */
    static String defaultPrefix(PipelineSpec spec) {
        String name = spec.pipeline();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    String prefix() {
        return prefix;
    }

    String store(StateSpec state) {
        return prefix + "-" + legal(state.name());
    }

    /** The due index of a scope: after the first exchange into it, or its number if none leads there. */
    String timerStore(PipelineSpec spec, int scope) {
        for (ExchangeSpec exchange : spec.exchanges()) {
            if (exchange.toScope() == scope) {
                return prefix + "-" + legal(exchange.name()) + "-timers";
            }
        }
        return prefix + "-scope" + scope + "-timers";
    }

    String source(String source) {
        return prefix + "-source-" + legal(source);
    }

    String sink(String sink) {
        return prefix + "-sink-" + legal(sink);
    }

    /** The repartition of an exchange; Kafka Streams names its topic {@code <application.id>-<this>-repartition}. */
    String exchange(String exchange) {
        return prefix + "-" + legal(exchange);
    }

    String scope(int scope) {
        return prefix + "-scope" + scope;
    }

    String merge(int scope) {
        return prefix + "-scope" + scope + "-merge";
    }

    /** The split of a scope's outputs; its branches are named after it, then {@code -sink-<sink>} or {@code -exchange-<keyBy>}. */
    String split(int scope) {
        return prefix + "-scope" + scope + "-out";
    }
}
