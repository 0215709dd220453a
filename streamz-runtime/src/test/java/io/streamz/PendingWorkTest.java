package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.metrics.PipelineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The stage {@link Stream#emit} returns completes when every asynchronous stage downstream has
 * finished with the element, on each way an emit can take: nested inside another element's
 * dispatch while that element carries metadata, through a measured graph, and handed over from
 * another thread; and an asynchronous failure completed on another thread is routed on the loop.
 */
class PendingWorkTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private static boolean done(CompletableFuture<Void> stage) {
        return stage.isDone() && !stage.isCompletedExceptionally();
    }

    @Test
    void aNestedEmitWhileAnElementCarriesMetadataWaitsForTheWorkItStarts() {
        Source<Integer> outer = new Source<>(loop);
        Source<Integer> inner = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> written = new ArrayList<>();
        inner.sinkAsync(x -> {
            written.add(x);
            return write;
        });
        List<CompletableFuture<Void>> nested = new ArrayList<>();
        outer.sink(x -> nested.add(inner.emit(x * 10).toCompletableFuture()));
        CompletableFuture<Void> emitted = outer.emit(1, List.of(Map.of("v", 1))).toCompletableFuture();
        assertEquals(List.of(10), written);
        assertTrue(done(emitted), "the outer graph is synchronous");
        assertFalse(nested.get(0).isDone(), "the nested emit waits for the write it started");
        write.complete(null);
        loop.runDue();
        assertTrue(done(nested.get(0)));
    }

    @Test
    void aMeasuredGraphsEmitWaitsForEveryAsynchronousBranch() {
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        List<String> written = new ArrayList<>();
        source.map(x -> x + 1).sinkAsync(x -> {
            written.add("a" + x);
            return first;
        });
        source.sinkAsync(x -> {
            written.add("b" + x);
            return second;
        });
        PipelineMetrics metrics = PipelineMetrics.create("measured", 1);
        source.withMetrics(metrics);
        CompletableFuture<Void> emitted = source.emit(1).toCompletableFuture();
        assertEquals(List.of("a2", "b1"), written);
        first.complete(null);
        loop.runDue();
        assertFalse(emitted.isDone(), "the second branch is still writing");
        second.complete(null);
        loop.runDue();
        assertTrue(done(emitted));

        CompletableFuture<Void> third = new CompletableFuture<>();
        Source<Integer> single = new Source<>(loop);
        single.map(x -> x * 2).sinkAsync(x -> third);
        single.withMetrics(PipelineMetrics.create("single", 1));
        CompletableFuture<Void> alone = single.emit(1).toCompletableFuture();
        assertFalse(alone.isDone(), "one measured branch: the emit waits for it too");
        third.complete(null);
        loop.runDue();
        assertTrue(done(alone));
    }

    @Test
    void anEmitHandedOverFromAnotherThreadWaitsForTheWorkItStarted() throws Exception {
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            return write;
        });
        CompletableFuture<Void> stage =
                CompletableFuture.supplyAsync(() -> source.emit(1)).get().toCompletableFuture();
        assertFalse(stage.isDone(), "handed over: not run yet");
        loop.runDue();
        assertEquals(List.of(1), written);
        assertFalse(stage.isDone(), "the emit waits for the write it started");
        write.complete(null);
        loop.runDue();
        assertTrue(done(stage));
    }

    @Test
    void anAsynchronousFailureCompletedOnAnotherThreadIsRoutedOnTheLoop() throws Exception {
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<FailedElement> routed = new ArrayList<>();
        Stream<FailedElement> errors = new Stream<>(loop);
        errors.sink(failure -> {
            assertTrue(loop.inLoop(), "routed on the loop's thread");
            routed.add(failure);
        });
        source.sinkAsync(x -> write).routeFailuresTo(errors);
        CompletableFuture<Void> emitted = source.emit(7).toCompletableFuture();
        CompletableFuture.runAsync(() -> write.completeExceptionally(new IllegalStateException("disk full")))
                .get();
        assertEquals(List.of(), routed, "not on the thread that failed the write");
        assertFalse(emitted.isDone());
        loop.runDue();
        assertEquals(1, routed.size());
        assertEquals(7, routed.get(0).element());
        assertInstanceOf(IllegalStateException.class, routed.get(0).error());
        assertTrue(done(emitted), "routed: the emit completes with the route's work");
        assertEquals(List.of(), loop.failures());
    }
}
