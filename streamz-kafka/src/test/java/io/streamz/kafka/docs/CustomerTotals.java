package io.streamz.kafka.docs;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

@Pipeline(distributed = true)
public interface CustomerTotals {
    record Order(String customer, long amount) {}

    @Source
    void orders(Order order);

    @Filter
    default boolean paid(Order order) {
        return order.amount() != 0;
    }

    @KeyBy(key = "customer")
    Order byCustomer(Order order);

    default String customer(Order order) {
        return order.customer();
    }

    @Accumulate(start = "zero")
    default long total(long sum, Order order) {
        return sum + order.amount();
    }

    default long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);
}
