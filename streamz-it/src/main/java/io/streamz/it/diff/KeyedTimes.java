package io.streamz.it.diff;

import io.streamz.annotations.Delay;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Keyed time stages: a delay and a rate limit per customer, on the engine's per-key timers. */
@Pipeline
public interface KeyedTimes {
    record Order(String customer, int amount) {}

    @Source
    void orders(Order order);

    @KeyBy(key = "customer")
    Order byCustomer(Order order);

    default String customer(Order order) {
        return order.customer();
    }

    @Delay(100)
    Order later(Order order);

    @Sink
    void delayed(Order order);

    @RateLimit(value = 40, from = "byCustomer")
    Order paced(Order order);

    @Sink
    void limited(Order order);
}
