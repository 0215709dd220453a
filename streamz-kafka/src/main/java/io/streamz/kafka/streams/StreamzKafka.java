package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SinkKind;
import io.streamz.engine.SinkSpec;
import io.streamz.engine.SourceSpec;
import io.streamz.engine.TimeMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * Runs a keyed {@code @Pipeline} on Kafka Streams, from its {@code spec()} alone: one processor
 * per key scope with the scope's state in changelogged stores, a repartition topic per
 * {@code @KeyBy}, sources read from input topics and sinks written to output topics, per-key
 * timers in a changelogged due index drained by a punctuator. User code runs only inside the
 * task the spec's factory makes.
 *
 * <pre>{@code
 * Topology topology = StreamzKafka.of(Streamz_CustomerTotals.spec())
 *         .source("orders", "orders")          // values through the source's codec, or .source(name, topic, serde)
 *         .sink("totals", "customer-totals")   // keys through the scope's key codec, values through the sink's
 *         .build();
 * KafkaStreams streams = new KafkaStreams(topology, props);   // processing.guarantee=exactly_once_v2
 * }</pre>
 *
 * <p>Names: stores are {@code <name>-<state>} (the stage names, so a pipeline fused differently
 * keeps its state), due indexes {@code <name>-<keyBy>-timers}, repartition topics
 * {@code <application.id>-<name>-<keyBy>-repartition}, where {@code <name>} is the pipeline's
 * simple name unless {@link #name} sets another. Exactly-once v2
 * ({@code processing.guarantee=exactly_once_v2}) is the recommended setting: state, due timers and
 * outputs then commit in one transaction. A mutable builder, like Kafka's {@code StreamsBuilder}.
 */
public final class StreamzKafka {
    /** The pipeline names added to each builder (weakly: a builder thrown away is forgotten). */
    private static final Map<StreamsBuilder, Map<String, String>> NAMES_IN_BUILDERS = new WeakHashMap<>();

    private final PipelineSpec spec;
    private final Map<String, Binding> sources = new LinkedHashMap<>();
    private final Map<String, Binding> sinks = new LinkedHashMap<>();
    private String name;
    private TimeMode time = TimeMode.PROCESSING;
    private Duration timerResolution = Duration.ofMillis(100);
    private StoreType stores = StoreType.ROCKS_DB;
    private int partitions;

    private StreamzKafka(PipelineSpec spec) {
        this.spec = spec;
        this.name = Names.defaultPrefix(spec);
    }

    /**
     * A builder of the Kafka Streams topology of {@code spec} (a pipeline's generated {@code spec()}).
     *
     * @param spec the pipeline's description
     * @return a builder with no topic bound yet
     */
    public static StreamzKafka of(PipelineSpec spec) {
        return new StreamzKafka(Objects.requireNonNull(spec, "spec"));
    }

    /**
     * {@code codec} as a Kafka serde, writing exactly the bytes the topology reads and writes
     * through it: for producers and consumers of a pipeline's topics, or a
     * {@code TopologyTestDriver}'s test topics. A source's codec is
     * {@code spec.source(name).codec()}, a sink's {@code spec.sink(name).codec()}.
     *
     * @param codec the codec, e.g. one of {@code spec()}'s
     * @param <T> the type it encodes
     * @return a serde through {@code codec}
     */
    @SuppressWarnings("unchecked")
    public static <T> Serde<T> serde(Codec<T> codec) {
        return (Serde<T>) (Serde<?>) CodecSerdes.of(Objects.requireNonNull(codec, "codec"));
    }

    /** A topic bound to a port, with the user's serde or {@code null} for the codec. */
    record Binding(String topic, Serde<?> serde) {}

    /**
     * Reads source {@code source} from {@code topic}, values through the source's codec.
     *
     * @param source the name of the pipeline's source
     * @param topic the topic read
     * @return this builder
     */
    public StreamzKafka source(String source, String topic) {
        return bindSource(source, topic, null);
    }

    /**
     * Reads source {@code source} from {@code topic}, values through {@code valueSerde}.
     *
     * @param source the name of the pipeline's source
     * @param topic the topic read
     * @param valueSerde the serde of the topic's values
     * @return this builder
     */
    public StreamzKafka source(String source, String topic, Serde<?> valueSerde) {
        return bindSource(source, topic, Objects.requireNonNull(valueSerde, "valueSerde"));
    }

    /**
     * Writes sink {@code sink} to {@code topic}, values through the sink's codec.
     *
     * @param sink the name of the pipeline's sink
     * @param topic the topic written
     * @return this builder
     */
    public StreamzKafka sink(String sink, String topic) {
        return bindSink(sink, topic, null);
    }

    /**
     * Writes sink {@code sink} to {@code topic}, values through {@code valueSerde}.
     *
     * @param sink the name of the pipeline's sink
     * @param topic the topic written
     * @param valueSerde the serde of the topic's values
     * @return this builder
     */
    public StreamzKafka sink(String sink, String topic, Serde<?> valueSerde) {
        return bindSink(sink, topic, Objects.requireNonNull(valueSerde, "valueSerde"));
    }

    /**
     * The prefix of node, store and internal topic names (default: the pipeline's simple name).
     *
     * @param name the prefix, not empty
     * @return this builder
     */
    public StreamzKafka name(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the name of " + spec.pipeline() + " on Kafka Streams cannot be empty");
        }
        this.name = name;
        return this;
    }

    /**
     * Processing time (the default: timers follow the wall clock) or event time (record
     * timestamps; timers follow the stream time).
     *
     * @param time the time timers follow
     * @return this builder
     */
    public StreamzKafka time(TimeMode time) {
        this.time = Objects.requireNonNull(time, "time");
        return this;
    }

    /**
     * How often the punctuator looks for due timers (default 100 ms): a timer fires up to this late.
     *
     * @param resolution the punctuation interval, greater than zero
     * @return this builder
     */
    public StreamzKafka timerResolution(Duration resolution) {
        Objects.requireNonNull(resolution, "resolution");
        if (resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("timerResolution must be positive, not " + resolution);
        }
        this.timerResolution = resolution;
        return this;
    }

    /**
     * RocksDB (the default) or in-memory stores; both are changelogged.
     *
     * @param stores the kind of state store
     * @return this builder
     */
    public StreamzKafka stores(StoreType stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
        return this;
    }

    /**
     * The partition count of every repartition topic (default: Kafka Streams derives it from the
     * input topics). Set it when the sources of one keyed scope read topics of different sizes.
     *
     * @param partitions the partition count, at least 1
     * @return this builder
     */
    public StreamzKafka partitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, not " + partitions);
        }
        this.partitions = partitions;
        return this;
    }

    /**
     * The topology.
     *
     * @return the Kafka Streams topology of the pipeline
     * @throws IllegalArgumentException if the spec cannot be distributed (its reasons listed), or
     *     two stores would get the same name
     * @throws IllegalStateException if a source or an output sink is not bound to a topic
     */
    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder);
        return builder.build();
    }

    /**
     * Adds the pipeline to {@code builder}, beside other pipelines: give each its own {@link #name}.
     *
     * @param builder the Kafka Streams builder to add to
     * @throws IllegalArgumentException as {@link #build()}, or if {@code builder} already has a
     *     pipeline of this name
     * @throws IllegalStateException as {@link #build()}
     */
    public void addTo(StreamsBuilder builder) {
        Objects.requireNonNull(builder, "builder");
        Names names = new Names(name);
        TopologyWriter writer =
                new TopologyWriter(spec, names, sources, sinks, time, timerResolution, stores, partitions);
        writer.check();
        claimName(builder, names.prefix());
        writer.write(builder);
    }

    /** Refuses a second pipeline of the same name in one builder, before Kafka's less telling error. */
    private void claimName(StreamsBuilder builder, String prefix) {
        synchronized (NAMES_IN_BUILDERS) {
            Map<String, String> names = NAMES_IN_BUILDERS.computeIfAbsent(builder, b -> new HashMap<>());
            String other = names.putIfAbsent(prefix, spec.pipeline());
            if (other != null) {
                throw new IllegalArgumentException("this StreamsBuilder already has a pipeline named '" + prefix + "' ("
                        + other + "); give " + spec.pipeline() + " a name of its own with name(...)");
            }
        }
    }

    private StreamzKafka bindSource(String source, String topic, Serde<?> serde) {
        SourceSpec port = spec.source(Objects.requireNonNull(source, "source"));
        checkTopic(topic, "source '" + source + "'");
        if (serde == null && port.codec() == null) {
            throw new IllegalArgumentException("source '" + source + "' of " + spec.pipeline()
                    + " has no codec; bind it with source(\"" + source + "\", topic, valueSerde)");
        }
        bind(sources, source, "source", topic, serde);
        return this;
    }

    private StreamzKafka bindSink(String sink, String topic, Serde<?> serde) {
        SinkSpec port = spec.sink(Objects.requireNonNull(sink, "sink"));
        checkTopic(topic, "sink '" + sink + "'");
        if (port.kind() == SinkKind.SIDE_EFFECT) {
            throw new IllegalArgumentException("sink '" + sink + "' of " + spec.pipeline()
                    + " has a body of its own and runs inside the task; it has no topic to bind");
        }
        if (serde == null && port.codec() == null) {
            throw new IllegalArgumentException("sink '" + sink + "' of " + spec.pipeline()
                    + " has no codec; bind it with sink(\"" + sink + "\", topic, valueSerde)");
        }
        bind(sinks, sink, "sink", topic, serde);
        return this;
    }

    private void checkTopic(String topic, String what) {
        Objects.requireNonNull(topic, "topic");
        if (topic.isEmpty()) {
            throw new IllegalArgumentException("the topic of " + what + " cannot be empty");
        }
    }

    private void bind(Map<String, Binding> ports, String port, String kind, String topic, Serde<?> serde) {
        if (ports.containsKey(port)) {
            throw new IllegalArgumentException(kind + " '" + port + "' of " + spec.pipeline()
                    + " is already bound to topic '" + ports.get(port).topic() + "'");
        }
        String other = boundTo(topic);
        if (other != null) {
            throw new IllegalArgumentException("topic '" + topic + "' is already bound to " + other + " of "
                    + spec.pipeline() + "; each source and sink needs a topic of its own");
        }
        ports.put(port, new Binding(topic, serde));
    }

    private String boundTo(String topic) {
        for (Map.Entry<String, Binding> e : sources.entrySet()) {
            if (e.getValue().topic().equals(topic)) {
                return "source '" + e.getKey() + "'";
            }
        }
        for (Map.Entry<String, Binding> e : sinks.entrySet()) {
            if (e.getValue().topic().equals(topic)) {
                return "sink '" + e.getKey() + "'";
            }
        }
        return null;
    }
}
