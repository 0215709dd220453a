package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * map, filter, accumulate and a source's emit hand an element to a sole downstream through their
 * own fast path (a call site per operator class, so the JIT can inline the chain, reading the
 * {@code soleDownstream} field that mirrors the downstream set); it must behave exactly like the
 * general dispatch: collection, back pressure, failures, more than one downstream, every change
 * of the downstream set, from any thread.
 */
class SingleDownstreamDispatchTest {

    private static final List<Function<Stream<Integer>, Stream<Integer>>> OPERATORS =
            List.of(s -> s.map(x -> x), s -> s.filter(x -> true), s -> s.accumulate((a, b) -> b));

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
        Sink<Integer> sink = source.map(x -> x + 1)
                .filter(x -> x > 0)
                .accumulate(Integer::sum, 0)
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

    @Test
    void aSourcesCollectedSoleDownstreamIsDroppedAndTheNextOneIsReached() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        AtomicInteger calls = new AtomicInteger();
        WeakReference<Stream<Integer>> downstream = unreferencedMap(source, calls);
        assertTrue(Gc.collects(downstream), "nothing references the map below the source");
        source.emit(1);
        assertEquals(0, calls.get());
        assertEquals(List.of(), source.downstreams());
        assertNull(source.soleDownstreamRef(), "the collected reference is pruned from the fast path too");
        List<Integer> out = new ArrayList<>();
        Sink<Integer> next = source.sink(out::add);
        source.emit(2);
        assertEquals(List.of(2), out);
        next.destroy();
    }

    @Test
    void theSoleDownstreamFollowsEveryChangeOfTheDownstreamSet() {
        List<Function<Stream<Integer>, Stream<Integer>>> nodes = new ArrayList<>(OPERATORS);
        nodes.add(s -> s); // the source itself: emit's own fast path
        for (Function<Stream<Integer>, Stream<Integer>> operator : nodes) {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> node = operator.apply(source);
            List<String> seen = new ArrayList<>();
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Sink<Integer> outA = a.sink(x -> seen.add("a " + x));
            Sink<Integer> outB = b.sink(x -> seen.add("b " + x));
            source.emit(0); // no downstream
            node.connect(a);
            source.emit(1); // a alone
            node.connect(b);
            source.emit(2); // a then b
            node.disconnect(a);
            source.emit(3); // b alone again
            node.connect(a);
            source.emit(4); // b then a: attach order
            node.disconnect(b);
            node.disconnect(a);
            source.emit(5); // none
            node.connect(a);
            node.connect(a); // a set: attached once
            source.emit(6);
            assertEquals(List.of("a 1", "a 2", "b 2", "b 3", "b 4", "a 4", "a 6"), seen, node.toString());
            outA.destroy();
            outB.destroy();
        }
    }

    @Test
    void aDownstreamAttachedFromAnotherThreadWhileTheLoopEmitsIsSeen() throws Exception {
        List<Function<Stream<Integer>, Stream<Integer>>> nodes = List.of(s -> s, s -> s.map(x -> x));
        for (Function<Stream<Integer>, Stream<Integer>> operator : nodes) {
            try (ScheduledEventLoop loop = new ScheduledEventLoop("sole-downstream-loop")) {
                Stream<Integer> source = new Stream<>(loop);
                Stream<Integer> node = operator.apply(source);
                CountDownLatch emitting = new CountDownLatch(1);
                ConcurrentLinkedQueue<Integer> received = new ConcurrentLinkedQueue<>();
                CompletableFuture<Integer> emitsBeforeSeen = new CompletableFuture<>();
                loop.execute(
                        () -> { // emits on the loop thread until the new sink sees one, for 60 s at most
                            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                            int emits = 0;
                            while (received.isEmpty() && System.nanoTime() < deadline) {
                                source.emit(emits);
                                if (++emits == 100_000) { // hot by now: the attach lands in compiled code
                                    emitting.countDown();
                                }
                            }
                            emitsBeforeSeen.complete(emits);
                        });
                // generous bounds: on a loaded machine 100,000 emits took over 10 s (a failure on 4 Dec 2026)
                assertTrue(emitting.await(60, TimeUnit.SECONDS), "100,000 emits within 60 s");
                Sink<Integer> late = node.sink(received::add); // attached here, not on the loop
                assertTrue(emitsBeforeSeen.get(120, TimeUnit.SECONDS) >= 100_000);
                assertFalse(received.isEmpty(), "the loop never saw the downstream attached from another thread");
                late.destroy();
            }
        }
    }

    @Test
    void aRegisteredSoleSinkIsHeldStronglyOnlyWhileRegistered() {
        List<Function<Stream<Integer>, Stream<Integer>>> nodes = new ArrayList<>(OPERATORS);
        nodes.add(s -> s);
        for (Function<Stream<Integer>, Stream<Integer>> operator : nodes) {
            Stream<Integer> node = operator.apply(new Stream<>());
            Sink<Integer> sink = node.sink(x -> {});
            assertSame(sink, node.soleSink(), node.toString());
            assertNull(node.soleDownstreamRef(), node.toString());
            Stream<Integer> other = node.map(x -> x);
            assertNull(node.soleSink(), "two downstreams: " + node);
            node.disconnect(other);
            assertSame(sink, node.soleSink(), node.toString());
            sink.destroy();
            assertNull(node.soleSink(), "destroyed: " + node);
            Sink<Integer> reconnected = new Stream<Integer>().sink(x -> {});
            node.connect(reconnected);
            assertSame(reconnected, node.soleSink(), "connected: " + node);
            GlobalSinks.clear();
            assertNull(node.soleSink(), "cleared: " + node);
            assertSame(reconnected, node.soleDownstreamRef().get(), "weakly held again: " + node);
        }
    }

    @Test
    void aSinkLeftByGlobalSinksClearIsCollectedWhileItsUpstreamLives() throws InterruptedException {
        List<Function<Stream<Integer>, Stream<Integer>>> nodes = new ArrayList<>(OPERATORS);
        nodes.add(s -> s);
        for (Function<Stream<Integer>, Stream<Integer>> operator : nodes) {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> node = operator.apply(source);
            AtomicInteger calls = new AtomicInteger();
            WeakReference<Sink<Integer>> sink = unreferencedSink(node, calls);
            source.emit(1);
            assertEquals(1, calls.get(), node.toString());
            GlobalSinks.clear();
            assertTrue(Gc.collects(sink), "only " + node + " references the sink, and it is cleared");
            source.emit(2);
            assertEquals(1, calls.get(), node.toString());
            assertEquals(List.of(), node.downstreams(), node.toString());
        }
    }

    @Test
    void aDestroyedSinkIsCollectedWhileItsUpstreamLives() throws InterruptedException {
        List<Function<Stream<Integer>, Stream<Integer>>> nodes = new ArrayList<>(OPERATORS);
        nodes.add(s -> s);
        for (Function<Stream<Integer>, Stream<Integer>> operator : nodes) {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> node = operator.apply(source);
            AtomicInteger calls = new AtomicInteger();
            WeakReference<Sink<Integer>> sink = unreferencedSink(node, calls);
            Gc.collectAFewTimes();
            source.emit(1);
            assertEquals(1, calls.get(), "registered, the sink lives without a reference: " + node);
            sink.get().destroy();
            assertTrue(Gc.collects(sink), node.toString());
            source.emit(2);
            assertEquals(1, calls.get(), node.toString());
        }
    }

    private static WeakReference<Sink<Integer>> unreferencedSink(Stream<Integer> node, AtomicInteger calls) {
        return new WeakReference<>(node.sink(x -> calls.incrementAndGet()));
    }
}
