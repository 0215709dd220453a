package io.streamz.kafka.streams;

import io.streamz.engine.ExchangeSpec;
import io.streamz.engine.NotDistributable;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SinkKind;
import io.streamz.engine.SinkSpec;
import io.streamz.engine.SourceSpec;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import io.streamz.engine.TimerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Writes a spec into a {@link StreamsBuilder}: per source a stream of its topic, per scope its
 * inputs merged into one processor, whose outputs are split by port into the sinks' topics and
 * the exchanges' repartitions (which feed the next scopes).
 */
final class TopologyWriter {
    private final PipelineSpec spec;
    private final Names names;
    private final Map<String, StreamzKafka.Binding> sources;
    private final Map<String, StreamzKafka.Binding> sinks;
    private final TimeMode time;
    private final Duration timerResolution;
    private final StoreType storeType;
    private final int partitions;
    private final Map<String, String> storeNames = new LinkedHashMap<>();

    TopologyWriter(
            PipelineSpec spec,
            Names names,
            Map<String, StreamzKafka.Binding> sources,
            Map<String, StreamzKafka.Binding> sinks,
            TimeMode time,
            Duration timerResolution,
            StoreType storeType,
            int partitions) {
        this.spec = spec;
        this.names = names;
        this.sources = sources;
        this.sinks = sinks;
        this.time = time;
        this.timerResolution = timerResolution;
        this.storeType = storeType;
        this.partitions = partitions;
    }

    /** Refuses a spec that cannot be distributed, unbound ports and clashing store names. */
    void check() {
        if (!spec.isDistributable()) {
            throw new IllegalArgumentException(spec.pipeline() + " cannot run on Kafka Streams:\n"
                    + spec.notDistributable().stream()
                            .map(NotDistributable::toString)
                            .map(line -> "  " + line)
                            .collect(Collectors.joining("\n")));
        }
        List<String> unbound = new ArrayList<>();
        spec.sources().stream()
                .filter(s -> !sources.containsKey(s.name()))
                .forEach(s -> unbound.add("source '" + s.name() + "' (source(\"" + s.name() + "\", topic))"));
        spec.sinks().stream()
                .filter(s -> s.kind() == SinkKind.OUTPUT && !sinks.containsKey(s.name()))
                .forEach(s -> unbound.add("sink '" + s.name() + "' (sink(\"" + s.name() + "\", topic))"));
        if (!unbound.isEmpty()) {
            throw new IllegalStateException(
                    spec.pipeline() + " has ports bound to no topic: " + String.join(", ", unbound));
        }
        checkCopartitioned();
        Map<String, String> owners = new HashMap<>();
        for (StateSpec state : spec.states()) {
            claim(owners, names.store(state), "state '" + state.name() + "'");
            storeNames.put(state.name(), names.store(state));
        }
        for (int scope : timedScopes()) {
            claim(owners, names.timerStore(spec, scope), "the timers of scope " + scope);
        }
    }

    /**
     * Kafka Streams gives a repartition topic without a set partition count the largest count of
     * the topics its writer reads, so every exchange descending from one scope of sources has the
     * same count, and a scope reading several exchanges reads them co-partitioned (what the
     * generated specs do: all sources are in scope 0). Sources in several scopes feeding one scope
     * through exchanges need {@code partitions(n)}, else a key could be read by two tasks.
     */
    private void checkCopartitioned() {
        Set<Integer> sourceScopes = new HashSet<>();
        spec.sources().forEach(s -> sourceScopes.add(s.scope()));
        if (partitions > 0 || sourceScopes.size() < 2) {
            return;
        }
        for (int scope = 0; scope < spec.scopes().size(); scope++) {
            final int s = scope;
            List<String> exchanges = spec.exchanges().stream()
                    .filter(e -> e.toScope() == s)
                    .map(ExchangeSpec::name)
                    .collect(Collectors.toList());
            if (exchanges.size() > 1) {
                throw new IllegalArgumentException(spec.pipeline() + ": scope " + scope + " reads the exchanges "
                        + exchanges + ", which descend from sources in different scopes " + sourceScopes
                        + "; Kafka Streams would size their repartition topics after different input topics."
                        + " Call partitions(n) so that they are co-partitioned");
            }
        }
    }

    private void claim(Map<String, String> owners, String store, String owner) {
        String other = owners.putIfAbsent(store, owner);
        if (other != null) {
            throw new IllegalArgumentException(spec.pipeline() + ": " + owner + " and " + other
                    + " would both be kept in store '" + store + "'; rename one of the stages");
        }
    }

    private Set<Integer> timedScopes() {
        Set<Integer> scopes = new HashSet<>();
        spec.timers().stream().map(TimerSpec::scope).forEach(scopes::add);
        return scopes;
    }

    void write(StreamsBuilder builder) {
        Map<Integer, List<KStream<Object, Tagged>>> inputs = new HashMap<>();
        for (SourceSpec source : spec.sources()) {
            StreamzKafka.Binding binding = sources.get(source.name());
            Serde<?> values = binding.serde() != null ? binding.serde() : CodecSerdes.of(source.codec());
            Consumed<Object, Tagged> consumed = Consumed.with(
                            CodecSerdes.key(spec.scope(source.scope()).keyCodec()),
                            CodecSerdes.tagged(source.port(), values))
                    .withName(names.source(source.name()));
            inputs.computeIfAbsent(source.scope(), s -> new ArrayList<>())
                    .add(builder.stream(binding.topic(), consumed));
        }
        for (int scope : scopeOrder()) {
            writeScope(scope, inputs);
        }
    }

    /** The scopes, each after every scope that exchanges into it. */
    private List<Integer> scopeOrder() {
        List<Integer> order = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        while (order.size() < spec.scopes().size()) {
            boolean progress = false;
            for (int scope = 0; scope < spec.scopes().size(); scope++) {
                final int s = scope;
                boolean ready = !done.contains(s)
                        && spec.exchanges().stream()
                                .filter(e -> e.toScope() == s)
                                .allMatch(e -> done.contains(e.fromScope()));
                if (ready) {
                    order.add(s);
                    done.add(s);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalArgumentException(spec.pipeline() + ": its exchanges form a cycle between scopes");
            }
        }
        return order;
    }

    private void writeScope(int scope, Map<Integer, List<KStream<Object, Tagged>>> inputs) {
        List<KStream<Object, Tagged>> in = inputs.getOrDefault(scope, List.of());
        if (in.isEmpty()) {
            return;
        }
        KStream<Object, Tagged> merged = in.get(0);
        for (int i = 1; i < in.size(); i++) {
            merged = merged.merge(in.get(i), Named.as(names.merge(scope) + (i == 1 ? "" : "-" + i)));
        }
        KStream<Object, Tagged> out = merged.process(new ScopeSupplier(plan(scope)), Named.as(names.scope(scope)));
        Map<Integer, Consumer<KStream<Object, Tagged>>> outputs = outputs(scope, inputs);
        if (outputs.size() == 1) {
            outputs.values().iterator().next().accept(out);
        } else if (outputs.size() > 1) {
            BranchedKStream<Object, Tagged> split = out.split(Named.as(names.split(scope)));
            outputs.forEach((tag, consumer) -> split.branch(
                    (k, v) -> v.port == tag,
                    Branched.withConsumer(
                            consumer,
                            tag >= 0 ? "-sink-" + spec.sinks().get(tag).name() : "-exchange-" + exchangeName(tag))));
            split.noDefaultBranch();
        }
    }

    private String exchangeName(int tag) {
        int port = -1 - tag;
        return spec.exchanges().stream()
                .filter(e -> e.port() == port)
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** What consumes each output tag of scope {@code scope}: sink topics and repartitions. */
    private Map<Integer, Consumer<KStream<Object, Tagged>>> outputs(
            int scope, Map<Integer, List<KStream<Object, Tagged>>> inputs) {
        Map<Integer, Consumer<KStream<Object, Tagged>>> outputs = new LinkedHashMap<>();
        Serde<Object> keys = CodecSerdes.key(spec.scope(scope).keyCodec());
        for (SinkSpec sink : spec.sinks()) {
            if (sink.scope() != scope || sink.kind() != SinkKind.OUTPUT) {
                continue;
            }
            StreamzKafka.Binding binding = sinks.get(sink.name());
            Serde<?> values = binding.serde() != null ? binding.serde() : CodecSerdes.of(sink.codec());
            Produced<Object, Tagged> produced =
                    Produced.with(keys, CodecSerdes.tagged(sink.port(), values)).withName(names.sink(sink.name()));
            outputs.put(Tagged.sink(sink.port()), s -> s.to(binding.topic(), produced));
        }
        for (ExchangeSpec exchange : spec.exchanges()) {
            if (exchange.fromScope() != scope) {
                continue;
            }
            Repartitioned<Object, Tagged> repartitioned = Repartitioned.<Object, Tagged>as(
                            names.exchange(exchange.name()))
                    .withKeySerde(CodecSerdes.key(spec.scope(exchange.toScope()).keyCodec()))
                    .withValueSerde(CodecSerdes.tagged(exchange.port(), CodecSerdes.of(exchange.valueCodec())));
            Repartitioned<Object, Tagged> sized = (partitions > 0
                            ? repartitioned.withNumberOfPartitions(partitions)
                            : repartitioned)
                    .withStreamPartitioner(TopologyWriter::nullKeysToPartitionZero);
            outputs.put(
                    Tagged.exchange(exchange.port()),
                    s -> inputs.computeIfAbsent(exchange.toScope(), t -> new ArrayList<>())
                            .add(s.repartition(sized)));
        }
        return outputs;
    }

    /**
     * Kafka's default partitioning for every key but the null key ({@link CodecSerdes#NULL_KEY}),
     * which goes to partition 0: the producer would spread null keys over the partitions,
     * splitting across tasks the state of what is one key on {@code LocalEngine}.
     */
    static Optional<Set<Integer>> nullKeysToPartitionZero(String topic, Object key, Tagged value, int partitions) {
        return key == CodecSerdes.NULL_KEY ? Optional.of(Set.of(0)) : Optional.empty();
    }

    private ScopePlan plan(int scope) {
        List<StateSpec> states =
                spec.states().stream().filter(s -> s.scope() == scope).collect(Collectors.toList());
        String timerStore = timedScopes().contains(scope) ? names.timerStore(spec, scope) : null;
        return new ScopePlan(spec, scope, states, storeNames, timerStore, time, timerResolution);
    }

    /** The processor of one scope, with its stores (Kafka Streams connects them). */
    private final class ScopeSupplier
            implements org.apache.kafka.streams.processor.api.ProcessorSupplier<Object, Tagged, Object, Tagged> {
        private final ScopePlan plan;

        ScopeSupplier(ScopePlan plan) {
            this.plan = plan;
        }

        @Override
        public org.apache.kafka.streams.processor.api.Processor<Object, Tagged, Object, Tagged> get() {
            return new ScopeProcessor(plan);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            Set<StoreBuilder<?>> stores = new HashSet<>();
            plan.states().forEach(s -> stores.add(store(plan.storeName(s))));
            if (plan.timerStore() != null) {
                stores.add(store(plan.timerStore()));
            }
            return stores;
        }
    }

    private StoreBuilder<?> store(String name) {
        KeyValueBytesStoreSupplier supplier = storeType == StoreType.ROCKS_DB
                ? Stores.persistentKeyValueStore(name)
                : Stores.inMemoryKeyValueStore(name);
        return Stores.<Bytes, byte[]>keyValueStoreBuilder(supplier, Serdes.Bytes(), Serdes.ByteArray());
    }
}
