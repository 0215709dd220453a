package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import io.streamz.engine.CustomerTotals.Order;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LocalEngine} running the hand-written {@link CustomerTotals} task. */
class LocalEngineTest {
    private final List<Map.Entry<Object, Object>> totals = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();
    private final LocalEngine engine = LocalEngine.builder(CustomerTotals.SPEC)
            .sinkKeyed("totals", (key, total) -> totals.add(new SimpleEntry<>(key, total)))
            .sinkLong("counts", counts::add)
            .build();

    private void order(String customer, long amount) {
        engine.accept(CustomerTotals.SOURCE_ORDERS, "ignored", new Order(customer, amount));
    }

    @Test
    void stateAfterTheKeyByIsPerKeyAndRecordsCarryTheKey() {
        order("ann", 5);
        order("bob", 7);
        order("ann", 0); // filtered
        order("ann", 4);
        order("bob", -2);
        order(null, 3); // null is a key like any other
        assertEquals(
                List.of(entry("ann", 5L), entry("bob", 7L), entry("ann", 9L), entry("bob", 5L), entry(null, 3L)),
                totals);
        assertEquals(3, engine.state().keyCount(1), "ann, bob and null have rows");
    }

    @Test
    void theUnkeyedBranchAfterAnExchangeRunsWithTheOuterKeyAgain() {
        order("ann", 5);
        order("bob", 7);
        order("carl", 1);
        // one count for all, although each exchange made another key current before it
        assertEquals(List.of(1L, 2L, 3L), counts);
        assertEquals(null, engine.state().currentKey());
        assertEquals(1, engine.state().keyCount(0));
    }

    @Test
    void aFailingStageNamesItselfAndLeavesEveryKeysStateAsBefore() {
        order("ann", 5);
        ArithmeticException failure =
                assertThrows(ArithmeticException.class, () -> order("ann", CustomerTotals.POISON));
        assertEquals("accumulate: total", StageFailure.stageOf(failure));
        assertEquals(null, engine.state().currentKey(), "the key before the input is current again");
        order("ann", 1);
        assertEquals(List.of(entry("ann", 5L), entry("ann", 6L)), totals);
        assertEquals(List.of(1L, 2L), counts, "the failing element did not reach the count after the exchange");
    }

    @Test
    void sourcesCanBeFedByName() {
        engine.accept("orders", new Order("ann", 2));
        assertEquals(List.of(entry("ann", 2L)), totals);
        assertThrows(IllegalArgumentException.class, () -> engine.accept("nope", new Order("ann", 2)));
    }

    @Test
    void badPortsAreRefusedNamingThePipeline() {
        IllegalArgumentException noPort =
                assertThrows(IllegalArgumentException.class, () -> engine.accept(7, null, new Order("a", 1)));
        assertEquals("io.streamz.engine.CustomerTotals has no input port 7", noPort.getMessage());
        EngineContext[] context = new EngineContext[1];
        PipelineSpec spec = PipelineSpec.builder("p.P")
                .unkeyedScope(0)
                .source("in", 0, 0, "int", null)
                .stage("in", "source", 0)
                .notDistributable("in", "streamz.missing-codec", "no codec")
                .task(c -> {
                    context[0] = c;
                    return new Ignoring();
                })
                .build();
        LocalEngine.builder(spec).build();
        IllegalArgumentException notExchange =
                assertThrows(IllegalArgumentException.class, () -> context[0].exchange(0, "k", 1));
        assertEquals("p.P has no exchange on port 0", notExchange.getMessage());
    }

    @Test
    void everyOutputSinkMustBeBound() {
        IllegalStateException unbound = assertThrows(
                IllegalStateException.class,
                () -> LocalEngine.builder(CustomerTotals.SPEC)
                        .sinkLong("totals", x -> {})
                        .build());
        assertEquals(
                "sink 'counts' of io.streamz.engine.CustomerTotals is not bound; call sink(\"counts\", ...) on the"
                        + " builder first",
                unbound.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> LocalEngine.builder(CustomerTotals.SPEC).sink("total", x -> {}));
    }

    @Test
    void aSideEffectSinkHasNothingToBind() {
        PipelineSpec spec = PipelineSpec.builder("p.P")
                .unkeyedScope(0)
                .source("in", 0, 0, "int", io.streamz.codec.Codecs.INT)
                .stage("in", "source", 0)
                .stage("print", "sink", 0, "in")
                .sink("print", 0, 0, "int", null, SinkKind.SIDE_EFFECT)
                .task(c -> new Ignoring())
                .build();
        assertThrows(
                IllegalArgumentException.class, () -> LocalEngine.builder(spec).sink("print", x -> {}));
        LocalEngine local = LocalEngine.builder(spec).build();
        local.accept("in", 1);
    }

    @Test
    void callsFromAnotherThreadHopOntoTheLoop() throws InterruptedException {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<Long> out = new ArrayList<>();
        LocalEngine onLoop = LocalEngine.builder(CustomerTotals.SPEC)
                .loop(loop)
                .sinkLong("totals", out::add)
                .sinkLong("counts", x -> {})
                .build();
        Thread other = new Thread(() -> onLoop.accept(CustomerTotals.SOURCE_ORDERS, null, new Order("a", 3)));
        other.start();
        other.join();
        assertEquals(List.of(), out);
        loop.runDue();
        assertEquals(List.of(3L), out);
        assertSame(loop, onLoop.loop());
    }

    private static Map.Entry<Object, Object> entry(Object key, Object value) {
        return new SimpleEntry<>(key, value);
    }

    private static final class Ignoring implements PipelineTask {
        @Override
        public void accept(int inputPort, Object key, Object value) {}

        @Override
        public void onTimer(int timer, long nowMillis) {}
    }

    @Test
    void theTaskIsTheOneTheSpecMade() {
        assertTrue(engine.task() instanceof CustomerTotals.Engine);
        assertSame(CustomerTotals.SPEC, engine.spec());
        assertEquals(TimeMode.PROCESSING, engine.timeMode());
        assertEquals(null, engine.loop(), "no timers, no loop given");
    }
}
