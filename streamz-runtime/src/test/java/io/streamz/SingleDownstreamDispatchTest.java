package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * map, filter and accumulate hand an element to a sole downstream through their own fast path
 * (a call site per operator class, so the JIT can inline the chain); it must behave exactly like
 * the general dispatch: collection, back pressure, failures, and more than one downstream.
 */
class SingleDownstreamDispatchTest {

    private static final List<Function<Stream<Integer>, Stream<Integer>>> OPERATORS = List.of(
            s -> s.map(x -> x),
            s -> s.filter(x -> true),
            s -> s.accumulate((a, b) -> b));

    @Test
    void aCollectedSoleDownstreamIsDroppedAndReceivesNothing() throws InterruptedException {
        for (Function<Stream<Integer>, Stream<Integer>> operator : OPERATORS) {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> node = operator.apply(source);
            AtomicInteger calls = new AtomicInteger();
            WeakReference<Stream<Integer>> downstream = unreferencedMap(node, calls);
            assertTrue(Gc.collects(downstream), "nothing references the map below " + node);
            source.emit(1);
            source.emit(2);
            assertEquals(0, calls.get(), node.toString());
            assertEquals(List.of(), node.downstreams(), node.toString());
        }
    }

    private static WeakReference<Stream<Integer>> unreferencedMap(Stream<Integer> node, AtomicInteger calls) {
        return new WeakReference<>(node.map(x -> calls.incrementAndGet()));
    }

    @Test
    void aPendingSinkFutureReachesTheEmitterThroughEveryOperator() {
        Stream<Integer> source = new Stream<>();
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> written = new ArrayList<>();
        Sink<Integer> sink = source.map(x -> x + 1).filter(x -> x > 0).accumulate(Integer::sum, 0)
                .sinkAsync(x -> {
                    written.add(x);
                    return write;
                });
        CompletionStage<Void> emitted = source.emit(1);
        assertEquals(List.of(2), written);
        assertFalse(emitted.toCompletableFuture().isDone(), "the sink's write is still pending");
        write.complete(null);
        assertTrue(emitted.toCompletableFuture().isDone());
        sink.destroy();
    }

    @Test
    void aCompletedSinkFutureCountsAsNothingPending() {
        Stream<Integer> source = new Stream<>();
        Sink<Integer> sink = source.map(x -> x).sinkAsync(x -> CompletableFuture.completedFuture(null));
        assertSame(Stream.DONE, source.emit(1));
        sink.destroy();
    }

    @Test
    void aFailureInTheSoleDownstreamReachesTheEmitterUnchanged() {
        for (Function<Stream<Integer>, Stream<Integer>> operator : OPERATORS) {
            Stream<Integer> source = new Stream<>();
            IllegalStateException boom = new IllegalStateException("boom");
            Sink<Integer> sink = operator.apply(source).sink(x -> {
                throw boom;
            });
            assertSame(boom, assertThrows(IllegalStateException.class, () -> source.emit(1)));
            assertTrue(StageFailure.stageOf(boom).startsWith("sink"), StageFailure.stageOf(boom));
            sink.destroy();
        }
    }

    @Test
    void aSecondDownstreamTakesTheGeneralPathInAttachOrder() {
        for (Function<Stream<Integer>, Stream<Integer>> operator : OPERATORS) {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> node = operator.apply(source);
            List<String> seen = new ArrayList<>();
            Sink<Integer> first = node.sink(x -> seen.add("first " + x));
            source.emit(1);
            Sink<Integer> second = node.sink(x -> seen.add("second " + x));
            source.emit(2);
            assertEquals(List.of("first 1", "first 2", "second 2"), seen, node.toString());
            first.destroy();
            source.emit(3);
            assertEquals(List.of("first 1", "first 2", "second 2", "second 3"), seen, node.toString());
            second.destroy();
        }
    }
}
