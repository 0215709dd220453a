package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.engine.PipelineSpec;
import io.streamz.kafka.streams.Corpus.Event;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** What a record carries besides key and value: headers, timestamps, the null key's route; the guarantee warning. */
class RecordMetadataTest {
    private static TestInputTopic<Object, Object> input(TopologyTestDriver driver, PipelineSpec spec) {
        return driver.createInputTopic(
                "in-events",
                Parity.serializer(null),
                Parity.serializer(spec.source("events").codec()));
    }

    private static TestOutputTopic<Object, Object> output(TopologyTestDriver driver, PipelineSpec spec) {
        return driver.createOutputTopic(
                "out-out",
                Parity.deserializer(spec.scopes().get(1).keyCodec()),
                Parity.deserializer(spec.sink("out").codec()));
    }

    private static RecordHeaders headers(String trace) {
        return new RecordHeaders(new Header[] {new RecordHeader("trace", trace.getBytes(StandardCharsets.UTF_8))});
    }

    @Test
    void headersAndTimestampsGoThroughTheRepartitionToWhatARecordCauses() {
        PipelineSpec spec = Streamz_Corpus_Means.spec();
        try (TopologyTestDriver driver = Parity.driver(Parity.bound(spec).build())) {
            TestInputTopic<Object, Object> in = input(driver, spec);
            in.pipeInput(new TestRecord<>(null, new Event("a", 4), headers("t1"), Instant.ofEpochMilli(5)));
            in.pipeInput(new TestRecord<>(null, new Event("a", 2), headers("t2"), Instant.ofEpochMilli(9)));
            List<TestRecord<Object, Object>> out = output(driver, spec).readRecordsToList();
            assertEquals(List.of(4.0, 3.0), out.stream().map(TestRecord::value).toList());
            assertEquals(headers("t1"), out.get(0).headers());
            assertEquals(headers("t2"), out.get(1).headers());
            assertEquals(
                    List.of(5L, 9L), out.stream().map(TestRecord::timestamp).toList());
        }
    }

    @Test
    void whatATimerReleasesHasNoHeadersAndThePunctuationTime() {
        PipelineSpec spec = Streamz_Corpus_Later.spec();
        try (TopologyTestDriver driver = Parity.driver(Parity.bound(spec).build())) {
            input(driver, spec).pipeInput(new TestRecord<>(null, new Event("a", 7), headers("t1"), Instant.EPOCH));
            driver.advanceWallClockTime(Duration.ofMillis(60));
            List<TestRecord<Object, Object>> out = output(driver, spec).readRecordsToList();
            assertEquals(List.of(7L), out.stream().map(TestRecord::value).toList());
            assertEquals(new RecordHeaders(), out.get(0).headers());
            assertTrue(
                    out.get(0).timestamp() >= 50,
                    "released at a punctuation: " + out.get(0).timestamp());
        }
    }

    @Test
    void theNullKeyGoesToPartitionZeroAndOtherKeysWhereKafkaPutsThem() {
        assertEquals(
                Optional.of(Set.of(0)),
                TopologyWriter.nullKeysToPartitionZero("t", CodecSerdes.NULL_KEY, new Tagged(0, "x"), 4));
        assertEquals(Optional.empty(), TopologyWriter.nullKeysToPartitionZero("t", "a", new Tagged(0, "x"), 4));
        assertNull(CodecSerdes.key(io.streamz.codec.Codecs.STRING).serializer().serialize("t", CodecSerdes.NULL_KEY));
    }

    @Test
    void anythingButExactlyOnceV2IsWarnedAbout() {
        assertNull(Guarantee.warning("a.P", Map.of("processing.guarantee", "exactly_once_v2")));
        assertEquals(
                "a.P runs on Kafka Streams with processing.guarantee=at_least_once: after a failure its outputs may"
                        + " be duplicated and its state may count replayed records twice;"
                        + " set processing.guarantee=exactly_once_v2",
                Guarantee.warning("a.P", Map.of("processing.guarantee", "at_least_once")));
        assertTrue(Guarantee.warning("a.P", Map.of()).contains("processing.guarantee=at_least_once"));
    }
}
