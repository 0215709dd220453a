package io.streamz.kafka.streams;

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
 * A generated distributed pipeline with three scopes: orders keyed by customer (a total, the
 * largest amount, an LRU unique of amounts), then tags re-keyed by their first letter (a unique
 * per letter): an exchange out of a keyed scope into another.
 */
@Pipeline(distributed = true)
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

    default String firstLetter(String tag) {
        return tag.isEmpty() ? "-" : tag.substring(0, 1);
    }

    @Unique
    String firstTag(String tag);

    @Sink
    void tags(String tag);
}
