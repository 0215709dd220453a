package io.streamz.it.diff;

import io.streamz.annotations.Filter;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import io.streamz.annotations.TimedWindowUnique;
import java.util.List;

/**
 * Keyed timed windows: per customer, windows aligned to multiples of the interval, emitted at
 * their end when non-empty; a summary that fails on an unlucky amount; per customer the distinct
 * amounts of aligned windows (the latest order of each amount modulo 4; an amount of 13 makes the
 * key method throw).
 */
@Pipeline
public interface KeyedWindows {
    record Order(String customer, int amount) {}

    @Source
    void orders(Order order);

    @KeyBy(key = "customer")
    Order byCustomer(Order order);

    default String customer(Order order) {
        return order.customer();
    }

    @TimedWindow(100)
    List<Order> perTenth(Order order);

    @Map
    default String summary(List<Order> orders) {
        int total = 0;
        for (Order order : orders) {
            if (order.amount() == 13) {
                throw new IllegalArgumentException("unlucky " + order);
            }
            total += order.amount();
        }
        return orders.get(0).customer() + " " + orders.size() + " " + total;
    }

    @Sink
    void summaries(String summary);

    @Filter(from = "byCustomer")
    default boolean even(Order order) {
        return order.amount() % 2 == 0;
    }

    @TimedWindow(250)
    List<Order> evenWindows(Order order);

    @Sink
    void evens(List<Order> orders);

    @TimedWindowUnique(value = 150, from = "byCustomer", key = "bucket", keepLast = true)
    List<Order> distinctBuckets(Order order);

    default int bucket(Order order) {
        if (order.amount() == 13) {
            throw new IllegalArgumentException("no bucket for " + order);
        }
        return order.amount() % 4;
    }

    @Sink
    void distincts(List<Order> orders);
}
