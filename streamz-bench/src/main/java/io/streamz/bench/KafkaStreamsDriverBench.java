package io.streamz.bench;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.LongState;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.kafka.streams.StoreType;
import io.streamz.kafka.streams.StreamzKafka;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keyed totals on Kafka Streams' {@code TopologyTestDriver} (CPU-bound, deterministic, no broker):
 * {@code orders -> filter(amount != 0) -> re-key by customer (repartition) -> per-customer sum ->
 * totals}, {@link Inputs#N} orders of 64 customers per invocation, in-memory stores on both sides.
 * {@code streamz}: the topology {@code StreamzKafka} builds from the spec (one fused processor per
 * key scope, the task written by hand as a spec's task); {@code generated}: the same from the
 * processor's spec and {@code Engine} body of {@link KafkaTotalsPipeline}; {@code dsl}: the same topology
 * written by hand in the DSL ({@code filter -> groupBy -> aggregate -> toStream -> to}, record
 * cache off so that it emits every update as the pipeline does). Both read the same bytes and
 * drain their output every invocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class KafkaStreamsDriverBench {

    /** An order of a customer. */
    public record Order(String customer, long amount) {}

    static final Codec<Order> ORDER = Codecs.record(
            "io.streamz.bench.KafkaStreamsDriverBench.Order",
            c -> new Order((String) c[0], (Long) c[1]),
            Codecs.field("customer", Codecs.STRING, Order::customer),
            Codecs.field("amount", Codecs.LONG, Order::amount));

    /** The orders encoded by {@code codec}: {@link KeyedTotalsBench#orders()}, amounts 0 included (filtered out). */
    static List<byte[]> input(Codec<Order> codec) {
        List<byte[]> values = new ArrayList<>();
        for (KeyedTotalsBench.Order o : KeyedTotalsBench.orders()) {
            values.add(codec.toBytes(new Order(o.customer(), o.amount() % 50)));
        }
        return values;
    }

    /** A driver of one topology, its input and output topics. */
    public abstract static class Driver {
        private List<byte[]> input;
        private TopologyTestDriver driver;
        private TestInputTopic<byte[], byte[]> orders;
        private TestOutputTopic<String, Long> totals;

        abstract Topology topology();

        /** The codec of the orders topic. */
        Codec<Order> codec() {
            return ORDER;
        }

        @Setup(Level.Trial)
        public void start() {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
            input = input(codec());
            driver = new TopologyTestDriver(topology(), props, Instant.EPOCH);
            orders = driver.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
            totals = driver.createOutputTopic("totals", new StringDeserializer(), new LongDeserializer());
        }

        /** Pipes the orders; returns the sum of the totals they produced. */
        public long run() {
            orders.pipeValueList(input);
            long sum = 0;
            for (Long total : totals.readValuesToList()) {
                sum += total;
            }
            return sum;
        }

        @TearDown(Level.Trial)
        public void stop() {
            driver.close();
        }
    }

    /** The adapter's topology. */
    @State(Scope.Thread)
    public static class Streamz extends Driver {
        @Override
        Topology topology() {
            return StreamzKafka.of(Task.SPEC)
                    .source("orders", "orders")
                    .sink("totals", "totals")
                    .stores(StoreType.IN_MEMORY)
                    .build();
        }
    }

    /** The adapter's topology of the generated {@link KafkaTotalsPipeline} (its spec and {@code Engine} body). */
    @State(Scope.Thread)
    public static class Generated extends Driver {
        @Override
        Topology topology() {
            return StreamzKafka.of(Streamz_KafkaTotalsPipeline.spec())
                    .source("orders", "orders")
                    .sink("totals", "totals")
                    .stores(StoreType.IN_MEMORY)
                    .build();
        }

        /** The codec the processor derived for {@link Order} (it may differ from {@link #ORDER} in bytes). */
        @Override
        @SuppressWarnings("unchecked")
        Codec<Order> codec() {
            return (Codec<Order>)
                    Streamz_KafkaTotalsPipeline.spec().source("orders").codec();
        }
    }

    /** The same topology in the DSL. */
    @State(Scope.Thread)
    public static class Dsl extends Driver {
        @Override
        Topology topology() {
            Serde<Order> orders = Serdes.serdeFrom((t, o) -> ORDER.toBytes(o), (t, b) -> ORDER.fromBytes(b));
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream("orders", Consumed.with(Serdes.ByteArray(), orders))
                    .filter((k, order) -> order.amount() != 0)
                    .groupBy((k, order) -> order.customer(), Grouped.with(Serdes.String(), orders))
                    .aggregate(
                            () -> 0L,
                            (customer, order, total) -> total + order.amount(),
                            Materialized.<String, Long>as(Stores.inMemoryKeyValueStore("totals-store"))
                                    .withKeySerde(Serdes.String())
                                    .withValueSerde(Serdes.Long()))
                    .toStream()
                    .to("totals", Produced.with(Serdes.String(), Serdes.Long()));
            return builder.build();
        }
    }

    @Benchmark
    public long streamz(Streamz state) {
        return state.run();
    }

    @Benchmark
    public long generated(Generated state) {
        return state.run();
    }

    @Benchmark
    public long dsl(Dsl state) {
        return state.run();
    }

    /** The spec and {@code Engine} body the processor is to generate for this pipeline. */
    static final class Task implements PipelineTask {
        static final String TYPE = "io.streamz.bench.KafkaStreamsDriverBench.Order";
        static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.bench.KeyedTotals")
                .unkeyedScope(0)
                .keyedScope(1, "java.lang.String", Codecs.STRING)
                .source("orders", 0, 0, TYPE, ORDER)
                .exchange("byCustomer", 1, 0, 1, TYPE, ORDER)
                .stage("orders", "source", 0)
                .stage("paid", "filter", 0, "orders")
                .stage("byCustomer", "keyBy", 0, "paid")
                .stage("total", "accumulate", 1, "byCustomer")
                .stage("totals", "sink", 1, "total")
                .state(StateSpec.longCell("total", "total", 1))
                .sink("totals", 0, 1, "long", Codecs.LONG, SinkKind.OUTPUT)
                .task(Task::new)
                .build();

        private final EngineContext engine;
        private final LongState total;

        private Task(EngineContext engine) {
            this.engine = engine;
            this.total = engine.state().longState(SPEC.state("total"));
        }

        @Override
        public void accept(int port, Object key, Object value) {
            Order order = (Order) value;
            switch (port) {
                case 0 -> {
                    if (order.amount() != 0) {
                        engine.exchange(1, order.customer(), order);
                    }
                }
                case 1 -> {
                    long sum = total.get() + order.amount();
                    total.set(sum);
                    engine.emitLong(0, sum);
                }
                default -> throw new IllegalArgumentException("KeyedTotals has no input port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("KeyedTotals has no timer " + timer);
        }
    }
}
