package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
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
}
