package io.streamz.bench;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * {@link KafkaStreamsDriverBench}'s topology as a {@code @Pipeline}: its generated {@code spec()}
 * and {@code Engine} body on Kafka Streams, the row {@code generated} of the benchmark.
 */
@Pipeline(distributed = true)
public interface KafkaTotalsPipeline {
    @Source
    void orders(KafkaStreamsDriverBench.Order order);

    @Filter
    default boolean paid(KafkaStreamsDriverBench.Order order) {
        return order.amount() != 0;
    }

    @KeyBy(key = "customer")
    KafkaStreamsDriverBench.Order byCustomer(KafkaStreamsDriverBench.Order order);

    default String customer(KafkaStreamsDriverBench.Order order) {
        return order.customer();
    }

    @Accumulate(start = "zero")
    default long total(long sum, KafkaStreamsDriverBench.Order order) {
        return sum + order.amount();
    }

    default long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);
}
