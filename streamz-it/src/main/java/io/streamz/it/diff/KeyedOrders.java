package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;
import java.util.List;

/**
 * Keyed state: orders keyed by customer, a running total per customer (starting from a start
 * method), an accumulator without start per customer, a per-customer LRU unique of amounts, a
 * re-key by amount bucket after a flatten, and an unkeyed count beside it. An amount of 13 makes
 * {@code total} throw, a customer "!" makes the key method throw.
 */
@Pipeline
public interface KeyedOrders {
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
        if (order.customer().equals("!")) {
            throw new IllegalArgumentException("no customer");
        }
        return order.customer();
    }

    @Accumulate(start = "zero")
    default long total(long sum, Order order) {
        if (order.amount() == 13) {
            throw new ArithmeticException("unlucky " + order.customer());
        }
        return sum + order.amount();
    }

    default long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);

    @Map(from = "byCustomer")
    default long amountOf(Order order) {
        return order.amount();
    }

    @Accumulate
    default long largest(long most, long amount) {
        return Math.max(most, amount);
    }

    @Sink
    void largests(long most);

    @Unique(from = "byCustomer", history = 2, key = "amount")
    Order newAmount(Order order);

    default long amount(Order order) {
        return order.amount();
    }

    @Map
    default List<String> split(Order order) {
        return List.of(order.customer(), order.customer() + order.amount() % 3);
    }

    @Flatten
    String tag(List<String> tags);

    @KeyBy(key = "firstLetter")
    String byLetter(String tag);

    default char firstLetter(String tag) {
        return tag.isEmpty() ? '-' : tag.charAt(0);
    }

    @Unique
    String firstTag(String tag);

    @Sink
    void tags(String tag);

    @Accumulate(from = "paid", start = "zero")
    default long count(long n, Order order) {
        return n + 1;
    }

    @Sink
    void counts(long n);
}
