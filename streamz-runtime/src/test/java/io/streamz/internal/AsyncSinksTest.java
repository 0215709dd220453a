package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.FailedElement;
import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The fused asynchronous sink's handling of the user's stage, against the interpreted {@code sinkAsync} node. */
class AsyncSinksTest {
    @Test
    void aStageAlreadyCompleteLeavesNothingPendingAsTheNodeDoes() {
        Stream<Integer> source = new Stream<>();
        source.sinkAsync(x -> CompletableFuture.completedFuture("ok"));
        assertTrue(source.emit(1).toCompletableFuture().isDone());
        assertNull(AsyncSinks.pending("sink: out", CompletableFuture.completedFuture("ok")));
    }

    @Test
    void aPendingStageCompletesThePendingFutureWithoutItsValue() {
        CompletableFuture<String> write = new CompletableFuture<>();
        CompletableFuture<Void> pending = AsyncSinks.pending("sink: out", write.minimalCompletionStage());
        assertFalse(pending.isDone());
        write.complete("written");
        assertTrue(pending.isDone());
        assertNull(pending.join());
    }

    @Test
    void aFailedStageFailsThePendingFutureUnwrappedAndNamesTheSinkLikeTheNode() throws Exception {
        CompletableFuture<Void> interpretedWrite = new CompletableFuture<>();
        Stream<Integer> source = new Stream<>();
        source.sinkAsync(Named.function("out", (Integer x) -> interpretedWrite));
        CompletableFuture<Void> interpreted = source.emit(1).toCompletableFuture();
        IllegalStateException interpretedFailure = new IllegalStateException("disk full");
        interpretedWrite.completeExceptionally(interpretedFailure);

        CompletableFuture<Void> fusedWrite = new CompletableFuture<>();
        CompletableFuture<Void> fused = AsyncSinks.pending("sink: out", fusedWrite);
        IllegalStateException fusedFailure = new IllegalStateException("disk full");
        fusedWrite.completeExceptionally(fusedFailure);

        ExecutionException fromNode = assertThrows(ExecutionException.class, interpreted::get);
        ExecutionException fromFused = assertThrows(ExecutionException.class, fused::get);
        assertSame(interpretedFailure, fromNode.getCause());
        assertSame(fusedFailure, fromFused.getCause());
        assertEquals("sink: out", StageFailure.stageOf(interpretedFailure));
        assertEquals("sink: out", StageFailure.stageOf(fusedFailure));
    }

    @Test
    void nullFailsAtOnceWithTheNodesExceptionAndMessage() {
        Stream<Integer> source = new Stream<>();
        source.sinkAsync(Named.function("out", (Integer x) -> null));
        NullPointerException interpreted = assertThrows(NullPointerException.class, () -> source.emit(1));
        NullPointerException fused =
                assertThrows(NullPointerException.class, () -> AsyncSinks.pending("sink: out", null));
        assertEquals(interpreted.getMessage(), fused.getMessage());
        assertEquals("sink: out returned null instead of a CompletionStage", fused.getMessage());
        assertEquals("sink: out", StageFailure.stageOf(fused));
    }

    @Test
    void anInnerStageAlreadyNamedKeepsItsName() {
        CompletableFuture<Void> write = new CompletableFuture<>();
        CompletableFuture<Void> pending = AsyncSinks.pending("sink: out", write);
        RuntimeException failure = Failures.record("map: inner", new RuntimeException("x"));
        write.completeExceptionally(failure);
        assertTrue(pending.isCompletedExceptionally());
        assertEquals("map: inner", StageFailure.stageOf(failure));
        assertEquals(1, failure.getSuppressed().length);
    }

    @Test
    void discardValueCompletesWithNullWhenTheStageDoesAndKeepsNull() {
        CompletableFuture<String> write = new CompletableFuture<>();
        CompletionStage<Void> done = AsyncSinks.discardValue(write);
        assertFalse(done.toCompletableFuture().isDone());
        write.complete("written");
        assertNull(done.toCompletableFuture().join());
        assertNull(AsyncSinks.discardValue(null));
    }

    @Test
    void aRoutedSinkRoutesNullAtOnceAsTheNodeDoes() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<FailedElement> routed = new ArrayList<>();
        assertNull(AsyncSinks.pendingRouted("sink: out", 3, null, loop, routed::add));
        assertEquals(1, routed.size());
        assertEquals("sink: out", routed.get(0).stage());
        assertEquals(3, routed.get(0).element());
        assertInstanceOf(NullPointerException.class, routed.get(0).error());
        assertEquals(
                "sink: out returned null instead of a CompletionStage",
                routed.get(0).error().getMessage());
        assertNull(
                AsyncSinks.pendingRouted("sink: out", 4, CompletableFuture.completedFuture("ok"), loop, routed::add));
        assertEquals(1, routed.size(), "a settled stage leaves nothing pending and routes nothing");
    }

    @Test
    void aRoutedSinksFailureIsRoutedOnTheLoopAndThePendingFutureCompletesNormally() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<FailedElement> routed = new ArrayList<>();
        List<Boolean> onLoop = new ArrayList<>();
        Consumer<FailedElement> route = failure -> {
            onLoop.add(loop.inLoop());
            routed.add(failure);
        };
        CompletableFuture<Void> here = new CompletableFuture<>();
        CompletableFuture<Void> fromHere = AsyncSinks.pendingRouted("sink: out", 1, here, loop, route);
        CompletableFuture<Void> there = new CompletableFuture<>();
        CompletableFuture<Void> fromThere = AsyncSinks.pendingRouted("sink: out", 2, there, loop, route);
        CompletableFuture<Void> fine = new CompletableFuture<>();
        CompletableFuture<Void> fromFine = AsyncSinks.pendingRouted("sink: out", 0, fine, loop, route);
        assertFalse(fromHere.isDone() || fromThere.isDone() || fromFine.isDone());

        fine.complete(null);
        assertTrue(fromFine.isDone() && !fromFine.isCompletedExceptionally());
        here.completeExceptionally(new IllegalStateException("full"));
        assertEquals(1, routed.size(), "failed on the loop's thread: routed there and then");
        assertTrue(fromHere.isDone() && !fromHere.isCompletedExceptionally());
        CompletableFuture.runAsync(() -> there.completeExceptionally(new IllegalStateException("gone")))
                .get();
        assertEquals(1, routed.size(), "failed on another thread: routed on the loop");
        assertFalse(fromThere.isDone());
        loop.runDue();
        assertTrue(fromThere.isDone() && !fromThere.isCompletedExceptionally());
        assertEquals(List.of(1, 2), routed.stream().map(FailedElement::element).toList());
        assertEquals(
                List.of("full", "gone"),
                routed.stream().map(f -> f.error().getMessage()).toList());
        assertEquals(List.of(true, true), onLoop);
        assertEquals("sink: out", StageFailure.stageOf(routed.get(1).error()));
    }

    @Test
    void aRouteThatThrowsFailsThePendingFuture() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        IllegalArgumentException broken = new IllegalArgumentException("error sink broke");
        CompletableFuture<Void> write = new CompletableFuture<>();
        CompletableFuture<Void> pending = AsyncSinks.pendingRouted("sink: out", 1, write, loop, failure -> {
            throw broken;
        });
        write.completeExceptionally(new IllegalStateException("full"));
        ExecutionException e = assertThrows(ExecutionException.class, pending::get);
        assertSame(broken, e.getCause());
    }
}
