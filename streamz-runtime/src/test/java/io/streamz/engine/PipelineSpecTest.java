package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.codec.Codecs;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What a spec tells an adapter, and the consistency rules {@link PipelineSpec.Builder#build} enforces. */
class PipelineSpecTest {
    private static final PipelineSpec SPEC = CustomerTotals.SPEC;

    @Test
    void anAdapterCanDrawTheTopologyFromTheSpecAlone() {
        assertEquals(
                String.join(
                        "\n",
                        "source: orders [scope 0]",
                        "filter: paid <- orders [scope 0]",
                        "keyBy: byCustomer <- paid [scope 0]",
                        "accumulate: total <- byCustomer [scope 1 by java.lang.String]",
                        "sink: totals <- total [scope 1 by java.lang.String]",
                        "accumulate: count <- paid [scope 0]",
                        "sink: counts <- count [scope 0]",
                        ""),
                SPEC.topology());
    }

    @Test
    void portsScopesAndStateAreNumberedAndFoundByName() {
        assertEquals("io.streamz.engine.CustomerTotals", SPEC.pipeline());
        assertEquals(Codecs.FORMAT_VERSION, SPEC.formatVersion());
        assertEquals(2, SPEC.inputPorts());
        assertEquals(0, SPEC.scopeOfInput(CustomerTotals.SOURCE_ORDERS));
        assertEquals(1, SPEC.scopeOfInput(CustomerTotals.EXCHANGE_BY_CUSTOMER));
        assertEquals(List.of(0), SPEC.inputsOf(0));
        assertEquals(List.of(1), SPEC.inputsOf(1));
        assertEquals(Codecs.STRING, SPEC.scope(1).keyCodec());
        assertTrue(SPEC.scope(1).isKeyed());
        assertFalse(SPEC.scope(0).isKeyed());
        assertEquals(CustomerTotals.ORDER, SPEC.exchange("byCustomer").valueCodec());
        assertEquals(SinkKind.OUTPUT, SPEC.sink("counts").kind());
        assertEquals(1, SPEC.sink("counts").port());
        assertEquals(StateKind.LONG, SPEC.state("total").kind());
        assertEquals("accumulate: total", SPEC.stage("total").label());
        assertEquals(List.of("paid"), SPEC.stage("byCustomer").upstreams());
        assertEquals(0, SPEC.source("orders").port());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> SPEC.state("sum"));
        assertEquals("CustomerTotals has no state 'sum'; it has [total, count]", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SPEC.scopeOfInput(2));
        assertThrows(IndexOutOfBoundsException.class, () -> SPEC.scope(2));
    }

    @Test
    void reasonsItCannotBeDistributedAreListed() {
        assertFalse(SPEC.isDistributable());
        assertEquals(
                "[streamz.unkeyed-state] count: accumulate 'count' keeps state but no @KeyBy precedes it",
                SPEC.notDistributable().get(0).toString());
    }

    @Test
    void fingerprintsFollowTheStoredTypes() {
        StateSpec total = SPEC.state("total");
        assertEquals("long<long>", total.schema());
        StateSpec orders = StateSpec.queue("q", "zip", 1, CustomerTotals.ORDER);
        assertEquals(
                "queue<record io.streamz.engine.CustomerTotals.Order{customer:string?,amount:long}>", orders.schema());
        assertEquals(Codecs.fingerprint(orders.schema()), orders.fingerprint());
        assertFalse(orders.fingerprint()
                .equals(StateSpec.queue("q", "zip", 1, Codecs.STRING).fingerprint()));
        assertEquals("set<int>/lru3", StateSpec.set("s", "u", 0, Codecs.INT, 3).schema());
        assertEquals(
                "map<?,string>", StateSpec.map("m", "p", 0, null, Codecs.STRING).schema());
        total.checkRestored("p.P", total.fingerprint());
        IllegalStateException changed =
                assertThrows(IllegalStateException.class, () -> total.checkRestored("p.P", "0123456789abcdef"));
        assertEquals(
                "state 'total' of stage 'total' in p.P was written with fingerprint 0123456789abcdef but the pipeline"
                        + " now keeps long<long> (fingerprint " + total.fingerprint() + "): the type of its state"
                        + " changed, so the old state cannot be read. Reset the application's state (or rename the"
                        + " stage to start it empty).",
                changed.getMessage());
    }

    @Test
    void stateSpecsRefuseImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> new StateSpec("v", "s", StateKind.VALUE, 0, null, null, 3));
        assertThrows(IllegalArgumentException.class, () -> StateSpec.set("s", "u", 0, Codecs.INT, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StateSpec("v", "s", StateKind.VALUE, 0, Codecs.INT, Codecs.INT, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScopeSpec(0, null, Codecs.INT));
        assertThrows(IllegalArgumentException.class, () -> new TimerSpec(0, "d", TimerKind.DUE, -1, 0));
    }

    private static PipelineSpec.Builder valid() {
        return PipelineSpec.builder("p.P")
                .unkeyedScope(0)
                .keyedScope(1, "int", Codecs.INT)
                .source("in", 0, 0, "int", Codecs.INT)
                .exchange("byKey", 1, 0, 1, "int", Codecs.INT)
                .stage("in", "source", 0)
                .stage("byKey", "keyBy", 0, "in")
                .stage("later", "delay", 1, "byKey")
                .stage("out", "sink", 1, "later")
                .state(StateSpec.queue("later", "later", 1, Codecs.INT))
                .timer(0, "later", TimerKind.DUE, 100, 1)
                .sink("out", 0, 1, "int", Codecs.INT, SinkKind.OUTPUT)
                .task(c -> null);
    }

    private static String refusal(UnaryOperator<PipelineSpec.Builder> change) {
        return assertThrows(
                        IllegalArgumentException.class,
                        () -> change.apply(valid()).build())
                .getMessage();
    }

    @Test
    void aConsistentSpecBuilds() {
        PipelineSpec spec = valid().build();
        assertTrue(spec.isDistributable());
        assertEquals(1, spec.timers().size());
    }

    @Test
    void portsAddedInAnyOrderAreListedByPort() {
        PipelineSpec spec = PipelineSpec.builder("p.P")
                .unkeyedScope(0)
                .keyedScope(1, "int", Codecs.INT)
                .source("second", 1, 0, "int", Codecs.INT)
                .source("first", 0, 0, "int", Codecs.INT)
                .exchange("byKey2", 3, 0, 1, "int", Codecs.INT)
                .exchange("byKey1", 2, 0, 1, "int", Codecs.INT)
                .stage("first", "source", 0)
                .stage("second", "source", 0)
                .stage("byKey1", "keyBy", 0, "first")
                .stage("byKey2", "keyBy", 0, "second")
                .stage("out2", "sink", 1, "byKey2")
                .stage("out1", "sink", 1, "byKey1")
                .sink("out2", 1, 1, "int", Codecs.INT, SinkKind.OUTPUT)
                .sink("out1", 0, 1, "int", Codecs.INT, SinkKind.OUTPUT)
                .task(c -> null)
                .build();
        assertEquals(
                List.of("first", "second"),
                spec.sources().stream().map(SourceSpec::name).toList());
        assertEquals(
                List.of("byKey1", "byKey2"),
                spec.exchanges().stream().map(ExchangeSpec::name).toList());
        assertEquals(
                List.of("out1", "out2"),
                spec.sinks().stream().map(SinkSpec::name).toList());
        assertEquals(List.of(0, 1), spec.inputsOf(0));
        assertEquals(List.of(2, 3), spec.inputsOf(1));
    }

    /** Sources and exchanges share the input ports: an exchange may take a lower one than a source. */
    @Test
    void anExchangeMayNumberItsPortBelowASource() {
        PipelineSpec spec = PipelineSpec.builder("p.P")
                .unkeyedScope(0)
                .keyedScope(1, "int", Codecs.INT)
                .exchange("byKey", 0, 0, 1, "int", Codecs.INT)
                .source("in", 1, 0, "int", Codecs.INT)
                .stage("in", "source", 0)
                .stage("byKey", "keyBy", 0, "in")
                .stage("out", "sink", 1, "byKey")
                .sink("out", 0, 1, "int", Codecs.INT, SinkKind.OUTPUT)
                .task(c -> null)
                .build();
        assertEquals(0, spec.exchange("byKey").port());
        assertEquals(1, spec.source("in").port());
        assertEquals(List.of(1), spec.inputsOf(0));
        assertEquals(List.of(0), spec.inputsOf(1));
    }

    @Test
    void inconsistentSpecsAreRefusedNamingWhatDoesNotFit() {
        assertEquals(
                "the spec of p.P numbers its input ports (sources and exchanges) [0, 1, 1]; they must be 0, 1, 2..."
                        + " each once",
                refusal(b -> b.source("in2", 1, 0, "int", Codecs.INT).stage("in2", "source", 0)));
        assertEquals(
                "the spec of p.P numbers its output ports (sinks) [1]; they must be 0, 1, 2... each once",
                refusal(b -> {
                    b.sinks.clear();
                    return b.sink("out", 1, 1, "int", Codecs.INT, SinkKind.OUTPUT);
                }));
        assertEquals("the spec of p.P has two stages named 'in'", refusal(b -> b.stage("in", "map", 0)));
        assertEquals(
                "the spec of p.P stage 'x' names upstream 'nope', which is not a stage",
                refusal(b -> b.stage("x", "map", 0, "nope")));
        assertEquals(
                "the spec of p.P stage 'x' is in scope 5, which does not exist", refusal(b -> b.stage("x", "map", 5)));
        assertEquals("the spec of p.P sink 'out' is in scope 0 but its stage is in scope 1", refusal(b -> {
            b.sinks.clear();
            return b.sink("out", 0, 0, "int", Codecs.INT, SinkKind.OUTPUT);
        }));
        assertEquals(
                "the spec of p.P has two states named 'later'",
                refusal(b -> b.state(StateSpec.longCell("later", "later", 1))));
        assertEquals(
                "the spec of p.P state 'x' of 'nope' is not a stage",
                refusal(b -> b.state(StateSpec.longCell("x", "nope", 1))));
        assertEquals(
                "the spec of p.P timers must be added in index order 0, 1, 2...; timer 2 is number 1",
                refusal(b -> b.timer(2, "later", TimerKind.DUE, 1, 1)));
        assertEquals("the spec of p.P exchange 'byKey' leads into unkeyed scope 0", refusal(b -> {
            b.exchanges.clear();
            return b.exchange("byKey", 1, 0, 0, "int", Codecs.INT);
        }));
        assertEquals(
                "the spec of p.P scopes must be added in index order 0, 1, 2...; scope 3 is number 2",
                refusal(b -> b.unkeyedScope(3)));
        assertEquals(
                "the spec of p.P gives state 'x' no codec but lists no reason it is not distributable",
                refusal(b -> b.state(StateSpec.value("x", "later", 1, null))));
        assertEquals(
                "the spec of p.P gives keyed scope 2 no codec but lists no reason it is not distributable",
                refusal(b -> b.keyedScope(2, "a.B", null)));
        assertEquals(
                "the spec of p.P gives source 'in' no codec but lists no reason it is not distributable", refusal(b -> {
                    b.sources.clear();
                    return b.source("in", 0, 0, "int", null);
                }));
        assertEquals(
                "the spec of p.P gives exchange 'byKey' no codec but lists no reason it is not distributable",
                refusal(b -> {
                    b.exchanges.clear();
                    return b.exchange("byKey", 1, 0, 1, "int", null);
                }));
        assertEquals(
                "the spec of p.P gives sink 'out' no codec but lists no reason it is not distributable", refusal(b -> {
                    b.sinks.clear();
                    return b.sink("out", 0, 1, "int", null, SinkKind.OUTPUT);
                }));
        PipelineSpec.Builder sideEffect = valid();
        sideEffect.sinks.clear();
        sideEffect.sink("out", 0, 1, "int", null, SinkKind.SIDE_EFFECT).build(); // a side effect writes nothing
        valid().state(StateSpec.value("x", "later", 1, null))
                .notDistributable("later", "streamz.missing-codec", "x")
                .build();
        assertThrows(NullPointerException.class, () -> {
            PipelineSpec.Builder noTask = PipelineSpec.builder("p.P").unkeyedScope(0);
            noTask.build();
        });
        assertThrows(IllegalArgumentException.class, () -> PipelineSpec.builder(""));
    }
}
