package io.streamz.bench;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * {@link KeyedTotalsBench}'s topology as a {@code @Pipeline}: its {@code build()} runs the
 * generated {@code Engine} body on a {@code LocalEngine}, the row {@code generated} of the benchmark.
 */
@Pipeline
public interface KeyedTotalsPipeline {
    @Source
    void orders(KeyedTotalsBench.Order order);

    @KeyBy(key = "customer")
    KeyedTotalsBench.Order byCustomer(KeyedTotalsBench.Order order);

    default String customer(KeyedTotalsBench.Order order) {
        return order.customer();
    }

    @Accumulate(start = "zero")
    default long total(long sum, KeyedTotalsBench.Order order) {
        return sum + order.amount();
    }

    default long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);
}
