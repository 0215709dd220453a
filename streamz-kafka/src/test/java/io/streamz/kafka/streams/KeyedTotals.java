package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.LongState;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.internal.Failures;

/**
 * A spec and task written the way the processor generates them (until it does), for:
 *
 * <pre>
 * &#64;Pipeline(distributed = true)
 * interface KeyedTotals {
 *     public record Order(String customer, long amount) {}
 *     &#64;Source void orders(Order order);
 *     &#64;Filter default boolean paid(Order order) { return order.amount() != 0; }
 *     &#64;KeyBy(key = "customer") Order byCustomer(Order order);
 *     &#64;Accumulate(start = "zero") default long total(long sum, Order order) { return sum + order.amount(); }
 *     &#64;Sink void totals(long total);
 * }
 * </pre>
 *
 * An amount of {@value #POISON} makes {@code total} throw.
 */
public final class KeyedTotals {
    static final long POISON = 13;

    public record Order(String customer, long amount) {}

    static final int SOURCE_ORDERS = 0;
    static final int EXCHANGE_BY_CUSTOMER = 1;
    static final int SINK_TOTALS = 0;

    public static final Codec<Order> ORDER = Codecs.record(
            "io.streamz.kafka.streams.KeyedTotals.Order",
            c -> new Order((String) c[0], (Long) c[1]),
            Codecs.field("customer", Codecs.nullable(Codecs.STRING), Order::customer),
            Codecs.field("amount", Codecs.LONG, Order::amount));

    public static final PipelineSpec SPEC = spec(Codecs.STRING);

    /** The spec, its customers keyed through {@code keys} (a test may count what the codec does). */
    static PipelineSpec spec(Codec<String> keys) {
        return PipelineSpec.builder("io.streamz.kafka.streams.KeyedTotals")
                .unkeyedScope(0)
                .keyedScope(1, "java.lang.String", keys)
                .source("orders", SOURCE_ORDERS, 0, "io.streamz.kafka.streams.KeyedTotals.Order", ORDER)
                .exchange("byCustomer", EXCHANGE_BY_CUSTOMER, 0, 1, "io.streamz.kafka.streams.KeyedTotals.Order", ORDER)
                .stage("orders", "source", 0)
                .stage("paid", "filter", 0, "orders")
                .stage("byCustomer", "keyBy", 0, "paid")
                .stage("total", "accumulate", 1, "byCustomer")
                .stage("totals", "sink", 1, "total")
                .state(StateSpec.longCell("total", "total", 1))
                .sink("totals", SINK_TOTALS, 1, "long", Codecs.LONG, SinkKind.OUTPUT)
                .task(Engine::new)
                .build();
    }

    private KeyedTotals() {}

    /** The generated {@code Engine} body. */
    static final class Engine implements PipelineTask {
        private final EngineContext engine;
        private final LongState total;

        Engine(EngineContext engine) {
            this.engine = engine;
            this.total = engine.state().longState(SPEC.state("total"));
        }

        @Override
        public void accept(int port, Object key, Object value) {
            switch (port) {
                case SOURCE_ORDERS -> runPaid((Order) value);
                case EXCHANGE_BY_CUSTOMER -> runTotal((Order) value);
                default -> throw new IllegalArgumentException("KeyedTotals has no input port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("KeyedTotals has no timer " + timer);
        }

        private void runPaid(Order order) {
            if (order.amount() == 0) {
                return;
            }
            this.engine.exchange(EXCHANGE_BY_CUSTOMER, order.customer(), order);
        }

        private void runTotal(Order byCustomer) {
            long totalState = this.total.isSet() ? this.total.get() : 0L;
            long total;
            try {
                if (byCustomer.amount() == POISON) {
                    throw new ArithmeticException("unlucky amount");
                }
                total = totalState + byCustomer.amount();
            } catch (RuntimeException e) {
                throw Failures.record("accumulate: total", e);
            }
            this.total.set(total);
            this.engine.emitLong(SINK_TOTALS, total);
        }
    }
}
