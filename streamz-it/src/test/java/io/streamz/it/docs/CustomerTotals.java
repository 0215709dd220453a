package io.streamz.it.docs;

import io.streamz.annotations.*;

/** The README's keyed pipeline, word for word. */
@Pipeline
public interface CustomerTotals {
    record Order(String customer, long amount) {}

    @Source void orders(Order order);
    @KeyBy(key = "customer") Order byCustomer(Order order);
    default String customer(Order order) { return order.customer(); }
    @Accumulate(start = "zero") default long total(long sum, Order order) { return sum + order.amount(); }
    default long zero() { return 0L; }
    @Sink void totals(long total);
}
