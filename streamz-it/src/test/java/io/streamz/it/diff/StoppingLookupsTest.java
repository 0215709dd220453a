package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.StageFailure;
import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StoppingLookups} with exact outcomes, in the fused class and in its interpreted twin. */
class StoppingLookupsTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<Integer> out = new ArrayList<>();
    private final List<Integer> plainOut = new ArrayList<>();

    private StoppingLookups build(boolean fused) {
        Streamz_StoppingLookups.Builder builder =
                Streamz_StoppingLookups.builder().loop(loop).out(out::add).plainOut(plainOut::add);
        return fused ? builder.build() : builder.buildInterpreted();
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void aFailedCallStopsTheStageUntilStartResumesWithTheNextElement(boolean fused) {
        StoppingLookups lookups = build(fused);
        loop.await(lookups.emit(1)); // "v1": length 2
        lookups.emit(3); // no entry for 3: reported, and lookup stops
        loop.runDue();
        assertEquals(1, loop.failures().size());
        assertEquals("mapAsync: lookup", StageFailure.stageOf(loop.failures().get(0)));
        assertEquals("no entry for 3", loop.failures().get(0).getMessage());

        CompletableFuture<Void> waiting = lookups.emit(40).toCompletableFuture();
        loop.runDue();
        assertFalse(waiting.isDone(), "held by the stopped stage: back pressure on the producer");
        assertEquals(List.of(2), out);
        assertEquals(List.of(1, 3, 40), plainOut, "a stage beside it goes on");

        lookups.start();
        lookups.start(); // resuming twice is resuming once
        loop.runDue();
        assertTrue(waiting.isDone());
        assertEquals(List.of(2, 3), out, "40 went on after start(): only 3 is missing");
        assertEquals(1, loop.failures().size());

        lookups.emit(12);
        loop.runDue();
        assertEquals(List.of(2, 3, 3), out, "not stopped any more");
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void closingFailsTheElementsWaitingForStart(boolean fused) throws Exception {
        StoppingLookups lookups = build(fused);
        lookups.emit(3);
        loop.runDue();
        CompletableFuture<Void> waiting = lookups.emit(4).toCompletableFuture();
        loop.runDue();
        ((AutoCloseable) lookups).close();
        loop.runDue();
        ExecutionException e = assertThrows(ExecutionException.class, waiting::get);
        assertInstanceOf(StreamClosedException.class, e.getCause());
        assertEquals(List.of(), out);
        lookups.start(); // after close: nothing to resume, nothing thrown
        loop.runDue();
        assertEquals(List.of(), out);
    }
}
