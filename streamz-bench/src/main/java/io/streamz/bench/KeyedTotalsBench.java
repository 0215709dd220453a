package io.streamz.bench;

import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.LocalEngine;
import io.streamz.engine.LongState;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keyed totals: {@code source(Order) -> keyBy(customer) -> accumulate(sum of amounts, start 0L)
 * per customer -> sink}, 64 {@code String} customers in random order. The engine row runs a task
 * written by hand exactly as the processor is to generate it (state through a {@code LongState}
 * handle of the current key) on {@link LocalEngine}; the hand-written row keeps a {@code long[]}
 * per customer in a {@code HashMap}, the floor for per-key state on the heap. The generated row
 * runs {@link KeyedTotalsPipeline}'s generated {@code Engine} body the same way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class KeyedTotalsBench {
    static final int KEYS = 64;

    /** An order of a customer. */
    public record Order(String customer, long amount) {}

    /** {@link Inputs#N} orders of {@link #KEYS} customers, amounts in [0, 1000). */
    static Order[] orders() {
        String[] customers = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            customers[i] = "customer-" + i;
        }
        SplittableRandom random = new SplittableRandom(64);
        Order[] orders = new Order[Inputs.N];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = new Order(customers[random.nextInt(KEYS)], random.nextInt(1000));
        }
        return orders;
    }

    /** Per customer a {@code long[1]} in a map: what a careful person writes. */
    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final Order[] input = orders();
        private final Map<String, long[]> totals = new HashMap<>();

        @Override
        public long run() {
            for (Order order : input) {
                long[] total = totals.computeIfAbsent(order.customer(), c -> new long[1]);
                total[0] += order.amount();
                out.accept(total[0]);
            }
            return out.value();
        }
    }

    /** The task on {@link LocalEngine}: an exchange per element, the total in a heap {@code LongState}. */
    @State(Scope.Thread)
    public static class Engine extends BenchState {
        private final Order[] input = orders();
        private final LocalEngine engine =
                LocalEngine.builder(Task.SPEC).sinkLong("totals", out).build();

        @Override
        public long run() {
            for (Order order : input) {
                engine.accept(Task.SOURCE_ORDERS, null, order);
            }
            return out.value();
        }
    }

    /** The generated pipeline: {@code build()} runs its generated {@code Engine} body on {@link LocalEngine}. */
    @State(Scope.Thread)
    public static class Generated extends BenchState {
        private final Order[] input = orders();
        private final KeyedTotalsPipeline pipeline =
                Streamz_KeyedTotalsPipeline.builder().totals(out).build();

        @Override
        public long run() {
            for (Order order : input) {
                pipeline.orders(order);
            }
            return out.value();
        }
    }

    @Benchmark
    public long generated(Generated state) {
        return state.run();
    }

    @Benchmark
    public long handWritten(HandWritten state) {
        return state.run();
    }

    @Benchmark
    public long engine(Engine state) {
        return state.run();
    }

    /** The spec and {@code Engine} body the processor is to generate for this pipeline. */
    static final class Task implements PipelineTask {
        static final int SOURCE_ORDERS = 0;
        static final int EXCHANGE_BY_CUSTOMER = 1;
        static final int SINK_TOTALS = 0;
        static final String ORDER = "io.streamz.bench.KeyedTotalsBench.Order";
        static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.bench.KeyedTotals")
                .unkeyedScope(0)
                .keyedScope(1, "java.lang.String", Codecs.STRING)
                .source("orders", SOURCE_ORDERS, 0, ORDER, null)
                .exchange("byCustomer", EXCHANGE_BY_CUSTOMER, 0, 1, ORDER, null)
                .stage("orders", "source", 0)
                .stage("byCustomer", "keyBy", 0, "orders")
                .stage("total", "accumulate", 1, "byCustomer")
                .stage("totals", "sink", 1, "total")
                .state(StateSpec.longCell("total", "total", 1))
                .sink("totals", SINK_TOTALS, 1, "long", Codecs.LONG, SinkKind.OUTPUT)
                .notDistributable("orders", "streamz.missing-codec", "Order has no codec in this benchmark")
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
            switch (port) {
                case SOURCE_ORDERS -> runByCustomer((Order) value);
                case EXCHANGE_BY_CUSTOMER -> runTotal((Order) value);
                default -> throw new IllegalArgumentException("KeyedTotals has no input port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("KeyedTotals has no timer " + timer);
        }

        private void runByCustomer(Order order) {
            this.engine.exchange(EXCHANGE_BY_CUSTOMER, order.customer(), order);
        }

        private void runTotal(Order byCustomer) {
            long totalState = this.total.get(); // 0 while unset, the start
            long total = totalState + byCustomer.amount();
            this.total.set(total);
            this.engine.emitLong(SINK_TOTALS, total);
        }
    }
}
