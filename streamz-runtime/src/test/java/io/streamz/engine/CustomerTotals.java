package io.streamz.engine;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.internal.Failures;

/**
 * A spec and task written by hand the way the processor generates them, for this pipeline:
 *
 * <pre>
 * &#64;Source void orders(Order order);
 * &#64;Filter default boolean paid(Order order) { return order.amount() != 0; }
 * &#64;KeyBy(key = "customer") Order byCustomer(Order order);
 * &#64;Accumulate default long total(long sum, Order order) { return sum + order.amount(); }   // start 0
 * &#64;Sink void totals(long total);
 * &#64;Accumulate(from = "paid") default long count(long n, Order order) { return n + 1; }   // unkeyed
 * &#64;Sink void counts(long n);
 * </pre>
 *
 * The count branch runs after the exchange returns, in the unkeyed scope: it proves the engine
 * puts the outer key back. An amount of {@value #POISON} makes {@code total} throw.
 */
final class CustomerTotals {
    static final long POISON = 13;

    record Order(String customer, long amount) {}

    static final int SOURCE_ORDERS = 0;
    static final int EXCHANGE_BY_CUSTOMER = 1;
    static final int SINK_TOTALS = 0;
    static final int SINK_COUNTS = 1;

    static final Codec<Order> ORDER = Codecs.record(
            "io.streamz.engine.CustomerTotals.Order",
            c -> new Order((String) c[0], (Long) c[1]),
            Codecs.field("customer", Codecs.nullable(Codecs.STRING), Order::customer),
            Codecs.field("amount", Codecs.LONG, Order::amount));

    static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.engine.CustomerTotals")
            .unkeyedScope(0)
            .keyedScope(1, "java.lang.String", Codecs.STRING)
            .source("orders", SOURCE_ORDERS, 0, "io.streamz.engine.CustomerTotals.Order", ORDER)
            .exchange("byCustomer", EXCHANGE_BY_CUSTOMER, 0, 1, "io.streamz.engine.CustomerTotals.Order", ORDER)
            .stage("orders", "source", 0)
            .stage("paid", "filter", 0, "orders")
            .stage("byCustomer", "keyBy", 0, "paid")
            .stage("total", "accumulate", 1, "byCustomer")
            .stage("totals", "sink", 1, "total")
            .stage("count", "accumulate", 0, "paid")
            .stage("counts", "sink", 0, "count")
            .state(StateSpec.longCell("total", "total", 1))
            .state(StateSpec.longCell("count", "count", 0))
            .sink("totals", SINK_TOTALS, 1, "long", Codecs.LONG, SinkKind.OUTPUT)
            .sink("counts", SINK_COUNTS, 0, "long", Codecs.LONG, SinkKind.OUTPUT)
            .notDistributable(
                    "count", "streamz.unkeyed-state", "accumulate 'count' keeps state but no @KeyBy precedes it")
            .task(Engine::new)
            .build();

    private CustomerTotals() {}

    /** The generated {@code Engine} body. */
    static final class Engine implements PipelineTask {
        private final EngineContext engine;
        private final LongState total;
        private final LongState count;

        Engine(EngineContext engine) {
            this.engine = engine;
            this.total = engine.state().longState(SPEC.state("total"));
            this.count = engine.state().longState(SPEC.state("count"));
        }

        @Override
        public void accept(int port, Object key, Object value) {
            switch (port) {
                case SOURCE_ORDERS -> runPaid((Order) value);
                case EXCHANGE_BY_CUSTOMER -> runTotal((Order) value);
                default -> throw new IllegalArgumentException("CustomerTotals has no input port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("CustomerTotals has no timer " + timer);
        }

        /** Fused: paid -> byCustomer; then count -> counts. */
        private void runPaid(Order order) {
            if (order.amount() == 0) {
                return;
            }
            this.engine.exchange(EXCHANGE_BY_CUSTOMER, order.customer(), order);
            long n = this.count.get() + 1;
            this.count.set(n);
            this.engine.emitLong(SINK_COUNTS, n);
        }

        /** Fused: total -> totals, for the current customer. */
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
