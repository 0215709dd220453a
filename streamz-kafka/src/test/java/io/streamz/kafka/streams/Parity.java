package io.streamz.kafka.streams;

import io.streamz.FailedElement;
import io.streamz.VirtualTimeLoop;
import io.streamz.codec.Codec;
import io.streamz.engine.LocalEngine;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SinkKind;
import io.streamz.engine.SinkSpec;
import io.streamz.engine.SourceSpec;
import io.streamz.engine.TimeMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs the same inputs through {@link LocalEngine} (on a {@link VirtualTimeLoop}) and through the
 * Kafka Streams topology on a {@link TopologyTestDriver} (its wall clock stepped to the same
 * times), and collects each engine's outputs per (sink, key), in order. Topics: source {@code s}
 * reads {@code in-s}, sink {@code s} writes {@code out-s}.
 */
final class Parity {
    /** An input: {@code value} (with {@code key}) into source {@code source} at {@code atMillis}. */
    record Input(String source, Object key, Object value, long atMillis) {}

    /** Outputs by sink, then by record key, in arrival order. */
    static final class Outputs {
        final Map<String, Map<Object, List<Object>>> bySink = new LinkedHashMap<>();

        void add(String sink, Object key, Object value) {
            if (value instanceof FailedElement f) { // the exception as a topic keeps it
                value = f.stage() + " | " + f.element() + " | " + Corpus.errorText(f.error());
            }
            bySink.computeIfAbsent(sink, s -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outputs other && bySink.equals(other.bySink);
        }

        @Override
        public int hashCode() {
            return bySink.hashCode();
        }

        @Override
        public String toString() {
            return bySink.toString();
        }
    }

    private Parity() {}

    /** The local run; after the inputs, time goes on to {@code endMillis} (processing time only). */
    static Outputs local(PipelineSpec spec, List<Input> inputs, TimeMode mode, long endMillis) {
        Outputs outputs = new Outputs();
        localEngine(spec, inputs, mode, endMillis, outputs);
        return outputs;
    }

    /** As {@link #local}, into {@code outputs}; returns the engine, whose state can be read after. */
    static LocalEngine localEngine(
            PipelineSpec spec, List<Input> inputs, TimeMode mode, long endMillis, Outputs outputs) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        LocalEngine.Builder builder = LocalEngine.builder(spec).loop(loop).time(mode);
        for (SinkSpec sink : spec.sinks()) {
            if (sink.kind() == SinkKind.OUTPUT) {
                builder.sinkKeyed(sink.name(), (key, value) -> outputs.add(sink.name(), key, value));
            }
        }
        LocalEngine engine = builder.build();
        for (Input input : inputs) {
            int port = spec.source(input.source()).port();
            if (mode == TimeMode.EVENT) {
                engine.accept(port, input.key(), input.value(), input.atMillis());
            } else {
                loop.advanceBy(Duration.ofMillis(input.atMillis() - loop.now().toMillis()));
                engine.accept(port, input.key(), input.value());
            }
        }
        if (mode == TimeMode.PROCESSING) {
            loop.advanceBy(Duration.ofMillis(Math.max(0, endMillis - loop.now().toMillis())));
        }
        return engine;
    }

    /** The topology of {@code spec} with every source and output sink bound to its test topic. */
    static StreamzKafka bound(PipelineSpec spec) {
        StreamzKafka kafka = StreamzKafka.of(spec).stores(StoreType.IN_MEMORY).timerResolution(Duration.ofMillis(1));
        spec.sources().forEach(s -> kafka.source(s.name(), "in-" + s.name()));
        spec.sinks().stream()
                .filter(s -> s.kind() == SinkKind.OUTPUT)
                .forEach(s -> kafka.sink(s.name(), "out-" + s.name()));
        return kafka;
    }

    /** A driver for {@code topology}, its wall clock at 0. */
    static TopologyTestDriver driver(Topology topology) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "parity");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(topology, props, Instant.EPOCH);
    }

    /** The run on the driver; after the inputs, the wall clock goes on to {@code endMillis} (processing time). */
    static Outputs driver(PipelineSpec spec, List<Input> inputs, TimeMode mode, long endMillis) {
        try (TopologyTestDriver driver = driver(bound(spec).time(mode).build())) {
            return drive(driver, spec, inputs, mode, endMillis, d -> {});
        }
    }

    /** Pipes {@code inputs} into {@code driver}, then calls {@code after} and reads the outputs. */
    static Outputs drive(
            TopologyTestDriver driver,
            PipelineSpec spec,
            List<Input> inputs,
            TimeMode mode,
            long endMillis,
            Consumer<TopologyTestDriver> after) {
        Map<String, TestInputTopic<Object, Object>> topics = new LinkedHashMap<>();
        for (SourceSpec source : spec.sources()) {
            topics.put(
                    source.name(),
                    driver.createInputTopic(
                            "in-" + source.name(),
                            serializer(spec.scope(source.scope()).keyCodec()),
                            serializer(source.codec())));
        }
        long now = 0;
        for (Input input : inputs) {
            if (mode == TimeMode.PROCESSING && input.atMillis() > now) {
                driver.advanceWallClockTime(Duration.ofMillis(input.atMillis() - now));
                now = input.atMillis();
            }
            topics.get(input.source()).pipeInput(input.key(), input.value(), input.atMillis());
        }
        if (mode == TimeMode.PROCESSING && endMillis > now) {
            driver.advanceWallClockTime(Duration.ofMillis(endMillis - now));
        }
        after.accept(driver);
        Outputs outputs = new Outputs();
        for (SinkSpec sink : spec.sinks()) {
            if (sink.kind() != SinkKind.OUTPUT) {
                continue;
            }
            TestOutputTopic<Object, Object> out = driver.createOutputTopic(
                    "out-" + sink.name(),
                    deserializer(spec.scope(sink.scope()).keyCodec()),
                    deserializer(sink.codec()));
            for (KeyValue<Object, Object> record : out.readKeyValuesToList()) {
                outputs.add(sink.name(), record.key, record.value);
            }
        }
        return outputs;
    }

    @SuppressWarnings("unchecked")
    static Serializer<Object> serializer(Codec<?> codec) {
        return (topic, value) -> codec == null || value == null ? null : ((Codec<Object>) codec).toBytes(value);
    }

    @SuppressWarnings("unchecked")
    static Deserializer<Object> deserializer(Codec<?> codec) {
        return (topic, bytes) -> codec == null ? null : ((Codec<Object>) codec).fromBytes(bytes);
    }
}
