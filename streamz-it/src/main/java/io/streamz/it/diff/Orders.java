package io.streamz.it.diff;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.HashMap;

/**
 * Object types end to end: per-customer totals kept as state while the updated total is
 * emitted (returnsState), and the largest order so far (no start: the first order is the state).
 */
@Pipeline
public interface Orders {
    /** An order of {@code amount} cents by {@code customer}. */
    record Order(String customer, long amount) {}

    /** What the totals stage emits: a customer and their running total. */
    record CustomerTotal(String customer, long total) {}

    @Source
    void emit(Order order);

    @Filter
    default boolean paid(Order order) {
        return order.amount() > 0;
    }

    @Accumulate(start = "noTotals", returnsState = true)
    default Accumulated<HashMap<String, Long>, CustomerTotal> totals(HashMap<String, Long> totals, Order order) {
        if (order.amount() % 97 == 0) {
            throw new IllegalStateException("totals refuses " + order); // the state must stay unchanged
        }
        long total = totals.merge(order.customer(), order.amount(), Long::sum);
        return Accumulated.of(totals, new CustomerTotal(order.customer(), total));
    }

    static HashMap<String, Long> noTotals() {
        return new HashMap<>();
    }

    @Sink
    void customerTotals(CustomerTotal total);

    @Accumulate(from = "paid")
    default Order largest(Order largest, Order order) {
        return order.amount() > largest.amount() ? order : largest;
    }

    @Sink
    void largestSoFar(Order order);
}
