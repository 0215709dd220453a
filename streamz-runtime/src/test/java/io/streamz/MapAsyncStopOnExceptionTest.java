package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** mapAsync's stopOnException (streamz's stop_on_exception, test_map_async_restart). */
class MapAsyncStopOnExceptionTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private static CompletionStage<Integer> tenfoldUnlessThree(int x) {
        return x == 3
                ? CompletableFuture.failedFuture(new IllegalStateException("flaked on 3"))
                : CompletableFuture.completedFuture(x * 10);
    }

    @Test
    void aFailedCallStopsTheSourcesAndStartResumesWithTheNextElement() {
        Source<Integer> source = Source.fromIterable(List.of(1, 2, 3, 4, 5, 6), loop);
        Stream<Integer> mapped = source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 1, true);
        ListSink<Integer> out = mapped.sinkToList();
        mapped.start();
        loop.runDue();
        assertTrue(source.isStopped(), "the failure stopped the source");
        assertEquals("flaked on 3", loop.failures().get(0).getMessage());
        assertEquals(List.of(10, 20, 40), out, "4 was waiting for the slot when 3 failed: it goes on; 5 was not taken");

        mapped.start();
        loop.runDue();
        assertEquals(List.of(10, 20, 40, 50, 60), out, "resumed with the next element: only 3 is missing");
        assertEquals(1, loop.failures().size());
    }

    @Test
    void elementsArrivingWhileStoppedWaitForStart() {
        Source<Integer> source = new Source<>(loop);
        Stream<Integer> mapped = source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 2, true);
        ListSink<Integer> out = mapped.sinkToList();
        source.emit(3);
        loop.runDue();
        CompletionStage<Void> waiting = source.emit(4); // fed by hand: stop() does not gate emit
        loop.runDue();
        assertFalse(waiting.toCompletableFuture().isDone(), "held here, back pressure on the emitter");
        assertEquals(List.of(), out);
        mapped.start();
        loop.runDue();
        assertTrue(waiting.toCompletableFuture().isDone());
        assertEquals(List.of(40), out);
    }

    @Test
    void closingAStoppedStageFailsTheElementsWaitingForStart() {
        Source<Integer> source = new Source<>(loop);
        Stream<Integer> mapped = source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 1, true);
        ListSink<Integer> out = mapped.sinkToList();
        source.emit(3);
        loop.runDue();
        CompletableFuture<Void> waiting = source.emit(4).toCompletableFuture();
        loop.runDue();
        assertFalse(waiting.isDone());
        source.close();
        loop.runDue();
        ExecutionException e = assertThrows(ExecutionException.class, waiting::get);
        assertInstanceOf(StreamClosedException.class, e.getCause(), "left hanging before: the held element's future");
        assertEquals(List.of(), out);
    }

    @Test
    void badArgumentsAreRefusedAsByTheOtherOverload() {
        Stream<Integer> source = new Stream<>(loop);
        assertThrows(NullPointerException.class, () -> source.mapAsync(null, 1, true));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 0, true));
        assertEquals(
                assertThrows(
                                IllegalArgumentException.class,
                                () -> source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 0))
                        .getMessage(),
                e.getMessage());
        assertEquals(List.of(), source.downstreams());
    }

    @Test
    void withoutTheOptionAFailureIsReportedAndTheNextElementGoesOn() {
        Source<Integer> source = Source.fromIterable(List.of(1, 2, 3, 4), loop);
        ListSink<Integer> out = source.mapAsync(MapAsyncStopOnExceptionTest::tenfoldUnlessThree, 1, false)
                .sinkToList();
        source.start();
        loop.runDue();
        assertEquals(new ArrayList<>(List.of(10, 20, 40)), out);
        assertTrue(source.isStopped(), "ran out, not stopped by the failure");
    }
}
