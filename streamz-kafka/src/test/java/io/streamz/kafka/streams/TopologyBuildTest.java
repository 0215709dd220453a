package io.streamz.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.codec.Codecs;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;

/** The topology a spec becomes (kept as golden text), and every mistake refused when building it. */
class TopologyBuildTest {
    private static final Path GOLDEN = Path.of("src/test/resources/topology");

    static void assertGolden(String name, Topology topology) throws IOException {
        String actual = topology.describe().toString();
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("streamz.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden topology " + file.toAbsolutePath()
                    + "; run with -Dstreamz.golden.update=true to write it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "topology of " + name);
    }

    @Test
    void keyedTotalsTopology() throws IOException {
        assertGolden(
                "keyed-totals",
                StreamzKafka.of(KeyedTotals.SPEC)
                        .source("orders", "orders")
                        .sink("totals", "customer-totals")
                        .build());
    }

    @Test
    void generatedPipelineWithThreeScopesTopology() throws IOException {
        StreamzKafka kafka = StreamzKafka.of(Streamz_KeyedOrders.spec()).source("orders", "orders");
        Streamz_KeyedOrders.spec().sinks().forEach(s -> kafka.sink(s.name(), "out-" + s.name()));
        assertGolden("keyed-orders", kafka.partitions(8).build());
    }

    @Test
    void anUnboundSourceOrSinkIsNamed() {
        IllegalStateException noSink = assertThrows(
                IllegalStateException.class,
                () -> StreamzKafka.of(KeyedTotals.SPEC).source("orders", "o").build());
        assertEquals(
                "io.streamz.kafka.streams.KeyedTotals has ports bound to no topic: sink 'totals' (sink(\"totals\", topic))",
                noSink.getMessage());
        IllegalStateException neither = assertThrows(
                IllegalStateException.class,
                () -> StreamzKafka.of(KeyedTotals.SPEC).build());
        assertEquals(
                "io.streamz.kafka.streams.KeyedTotals has ports bound to no topic: source 'orders' (source(\"orders\", topic)),"
                        + " sink 'totals' (sink(\"totals\", topic))",
                neither.getMessage());
    }

    @Test
    void bindingAPortThatDoesNotExistNamesThoseThatDo() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StreamzKafka.of(KeyedTotals.SPEC).source("order", "o"));
        assertEquals("KeyedTotals has no source 'order'; it has [orders]", e.getMessage());
    }

    @Test
    void aSpecThatCannotBeDistributedIsRefusedWithEveryReason() {
        PipelineSpec spec = PipelineSpec.builder("a.Counts")
                .unkeyedScope(0)
                .source("in", 0, 0, "long", Codecs.LONG)
                .stage("in", "source", 0)
                .stage("count", "accumulate", 0, "in")
                .stage("out", "sink", 0, "count")
                .state(StateSpec.longCell("count", "count", 0))
                .sink("out", 0, 0, "long", Codecs.LONG, SinkKind.OUTPUT)
                .notDistributable(
                        "count", "streamz.unkeyed-state", "accumulate 'count' keeps state but no @KeyBy precedes it")
                .notDistributable("out", "streamz.not-distributable", "sink 'out' is asynchronous")
                .task(c -> null)
                .build();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StreamzKafka.of(spec).source("in", "i").sink("out", "o").build());
        assertEquals(
                "a.Counts cannot run on Kafka Streams:\n"
                        + "  [streamz.unkeyed-state] count: accumulate 'count' keeps state but no @KeyBy precedes it\n"
                        + "  [streamz.not-distributable] out: sink 'out' is asynchronous",
                e.getMessage());
    }

    @Test
    void twoStatesThatWouldShareAStoreAreRefused() {
        PipelineSpec spec = PipelineSpec.builder("a.Clash")
                .keyedScope(0, "java.lang.String", Codecs.STRING)
                .source("in", 0, 0, "long", Codecs.LONG)
                .stage("in", "source", 0)
                .stage("a$b", "accumulate", 0, "in")
                .stage("a_b", "accumulate", 0, "in")
                .state(StateSpec.longCell("a$b", "a$b", 0))
                .state(StateSpec.longCell("a_b", "a_b", 0))
                .task(c -> null)
                .build();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StreamzKafka.of(spec).source("in", "i").build());
        assertEquals(
                "a.Clash: state 'a_b' and state 'a$b' would both be kept in store 'Clash-a_b'; rename one of the stages",
                e.getMessage());
    }

    @Test
    void aTopicBoundTwiceIsRefused() {
        StreamzKafka kafka = StreamzKafka.of(KeyedTotals.SPEC).source("orders", "orders");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kafka.sink("totals", "orders"));
        assertEquals(
                "topic 'orders' is already bound to source 'orders' of io.streamz.kafka.streams.KeyedTotals;"
                        + " each source and sink needs a topic of its own",
                e.getMessage());
        IllegalArgumentException again =
                assertThrows(IllegalArgumentException.class, () -> kafka.source("orders", "other"));
        assertEquals(
                "source 'orders' of io.streamz.kafka.streams.KeyedTotals is already bound to topic 'orders'",
                again.getMessage());
    }

    @Test
    void twoPipelinesInOneBuilderNeedNamesOfTheirOwn() {
        StreamsBuilder builder = new StreamsBuilder();
        StreamzKafka.of(KeyedTotals.SPEC)
                .source("orders", "a")
                .sink("totals", "b")
                .addTo(builder);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StreamzKafka.of(KeyedTotals.SPEC)
                        .source("orders", "c")
                        .sink("totals", "d")
                        .addTo(builder));
        assertEquals(
                "this StreamsBuilder already has a pipeline named 'KeyedTotals' (io.streamz.kafka.streams.KeyedTotals);"
                        + " give io.streamz.kafka.streams.KeyedTotals a name of its own with name(...)",
                e.getMessage());
        StreamzKafka.of(KeyedTotals.SPEC)
                .name("Second")
                .source("orders", "c")
                .sink("totals", "d")
                .addTo(builder);
        assertEquals(4, builder.build().describe().subtopologies().size());
    }

    /** Two unkeyed scopes of sources, each keyed into one zip scope: a spec the processor does not generate. */
    private static PipelineSpec zipOfTwoSourceScopes() {
        return PipelineSpec.builder("a.Zipped")
                .unkeyedScope(0)
                .unkeyedScope(1)
                .keyedScope(2, "java.lang.String", Codecs.STRING)
                .source("left", 0, 0, "java.lang.String", Codecs.STRING)
                .source("right", 1, 1, "java.lang.String", Codecs.STRING)
                .exchange("leftByKey", 2, 0, 2, "java.lang.String", Codecs.STRING)
                .exchange("rightByKey", 3, 1, 2, "java.lang.String", Codecs.STRING)
                .stage("left", "source", 0)
                .stage("right", "source", 1)
                .stage("leftByKey", "keyBy", 0, "left")
                .stage("rightByKey", "keyBy", 1, "right")
                .stage("pairs", "zip", 2, "leftByKey", "rightByKey")
                .stage("out", "sink", 2, "pairs")
                .sink("out", 0, 2, "java.lang.String", Codecs.STRING, SinkKind.OUTPUT)
                .task(c -> null)
                .build();
    }

    @Test
    void exchangesIntoOneScopeFromSourcesOfSeveralScopesNeedAPartitionCount() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> StreamzKafka.of(zipOfTwoSourceScopes())
                        .source("left", "l")
                        .source("right", "r")
                        .sink("out", "o")
                        .build());
        assertEquals(
                "a.Zipped: scope 2 reads the exchanges [leftByKey, rightByKey], which descend from sources in"
                        + " different scopes [0, 1]; Kafka Streams would size their repartition topics after"
                        + " different input topics. Call partitions(n) so that they are co-partitioned",
                e.getMessage());
        Topology sized = StreamzKafka.of(zipOfTwoSourceScopes())
                .source("left", "l")
                .source("right", "r")
                .sink("out", "o")
                .partitions(4)
                .build();
        assertEquals(3, sized.describe().subtopologies().size());
    }

    @Test
    void theGeneratedKeyedZipReadsBothTopicsInOneScopeSoItsRepartitionsAreCoPartitioned() {
        PipelineSpec spec = Streamz_Corpus_KeyedZip.spec();
        assertEquals(0, spec.source("left").scope());
        assertEquals(0, spec.source("right").scope());
        Topology topology = StreamzKafka.of(spec)
                .source("left", "l")
                .source("right", "r")
                .sink("out", "o")
                .build();
        assertEquals(2, topology.describe().subtopologies().size());
    }

    @Test
    void badOptionsAreRefused() {
        StreamzKafka kafka = StreamzKafka.of(KeyedTotals.SPEC);
        assertThrows(IllegalArgumentException.class, () -> kafka.timerResolution(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> kafka.partitions(0));
        assertThrows(IllegalArgumentException.class, () -> kafka.name(""));
        assertThrows(NullPointerException.class, () -> kafka.source("orders", null));
    }
}
