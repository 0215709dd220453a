package io.streamz.kafka.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.codec.Codec;
import io.streamz.kafka.streams.StreamzKafka;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The snippets of {@code docs/scale-out.md}, compiled and run word for word on a
 * {@link TopologyTestDriver} instead of a broker: the {@link CustomerTotals} pipeline (generated
 * by the processor) and its topology. {@code DocumentationTest} (streamz-it) checks
 * that it still appears here verbatim.
 */
class ScaleOutDocsTest {
    /** The codec the processor derived for {@code Order}: what other producers of the topic write. */
    @SuppressWarnings("unchecked")
    private static final Codec<CustomerTotals.Order> ORDER =
            (Codec<CustomerTotals.Order>) Streamz_CustomerTotals.spec().source("orders").codec();

    // docs/scale-out.md, "The topology"
    @Test
    void customerTotalsOnKafkaStreams() {
        Topology topology = StreamzKafka.of(Streamz_CustomerTotals.spec())
                .source("orders", "orders")               // values through the source's codec
                .sink("totals", "customer-totals")        // keys: the customer, values: the running total
                .build();

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "customer-totals");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<byte[], CustomerTotals.Order> orders =
                    driver.createInputTopic("orders", new ByteArraySerializer(), StreamzKafka.serde(ORDER).serializer());
            TestOutputTopic<String, Long> totals =
                    driver.createOutputTopic("customer-totals", new StringDeserializer(), new LongDeserializer());
            orders.pipeInput(new CustomerTotals.Order("ada", 5));
            orders.pipeInput(new CustomerTotals.Order("bob", 0)); // filtered out by paid
            orders.pipeInput(new CustomerTotals.Order("bob", 7));
            orders.pipeInput(new CustomerTotals.Order("ada", 3));
            assertEquals(
                    List.of(KeyValue.pair("ada", 5L), KeyValue.pair("bob", 7L), KeyValue.pair("ada", 8L)),
                    totals.readKeyValuesToList());
        }
    }
}
