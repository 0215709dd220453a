package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** streamz's metadata and RefCounter on the paths that do not hold elements. */
class MetadataTest {

    @Test
    void refCounterCountsAndCallsBackAtZero() {
        AtomicInteger zeros = new AtomicInteger();
        RefCounter ref = new RefCounter(zeros::incrementAndGet);
        assertEquals("<RefCounter count=0>", ref.toString());
        ref.retain(2);
        ref.release();
        assertEquals(0, zeros.get());
        assertEquals("<RefCounter count=1>", ref.toString());
        ref.release();
        assertEquals(1, zeros.get());
        assertEquals(0, ref.count());

        VirtualTimeLoop loop = new VirtualTimeLoop();
        RefCounter onLoop = new RefCounter(1, zeros::incrementAndGet, loop);
        onLoop.release();
        assertEquals(1, zeros.get(), "streamz's loop.add_callback: later, on the loop");
        loop.runDue();
        assertEquals(2, zeros.get());
    }

    @Test
    void passThroughStagesCarryTheMetadata() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Map<String, Object>>> seen =
                source.map(x -> x + 1).filter(x -> x > 1).metadata().sinkToList();
        source.emit(0, List.of(Map.of("v", 0)));
        source.emit(1, List.of(Map.of("v", 1)));
        source.emit(2);
        assertEquals(List.of(List.of(Map.of("v", 1))), seen, "0 filtered out; 2 has none");
    }

    @Test
    void aSynchronousGraphReleasesWhenEmitReturns() {
        Stream<Integer> source = new Stream<>();
        List<Integer> counts = new ArrayList<>();
        RefCounter ref = new RefCounter();
        source.map(x -> x * 2).sink(x -> counts.add(ref.count()));
        AtomicInteger finished = new AtomicInteger();
        RefCounter done = new RefCounter(finished::incrementAndGet);
        source.emit(1, List.of(Map.of("ref", ref), Map.of("ref", done)));
        assertEquals(List.of(1), counts, "held while it goes through");
        assertEquals(0, ref.count());
        assertEquals(1, finished.get());
    }

    @Test
    void anElementWithNoDownstreamReleasesAtOnce() {
        AtomicInteger finished = new AtomicInteger();
        new Stream<Integer>().emit(1, List.of(Map.of("ref", new RefCounter(finished::incrementAndGet))));
        assertEquals(1, finished.get(), "streamz never calls back here");
    }

    @Test
    void anAsynchronousSinkHoldsTheReferenceUntilItsWorkIsDone() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write);
        AtomicInteger finished = new AtomicInteger();
        RefCounter ref = new RefCounter(finished::incrementAndGet);
        CompletionStage<Void> emitted = source.emit(1, List.of(Map.of("ref", ref)));
        assertEquals(1, ref.count());
        assertEquals(0, finished.get(), "streamz releases here, before the write finished");
        assertFalse(emitted.toCompletableFuture().isDone(), "the emit waits for the write");
        CompletionStage<Void> withoutMetadata = source.emit(2, List.of());
        assertFalse(withoutMetadata.toCompletableFuture().isDone(), "so does one with an empty list");
        write.complete(null);
        loop.runDue();
        assertTrue(emitted.toCompletableFuture().isDone());
        assertEquals(0, ref.count());
        assertEquals(1, finished.get());
    }

    @Test
    void aFailingStageStillReleases() {
        Stream<Integer> source = new Stream<>();
        source.map(x -> 1 / x).sink(x -> {});
        RefCounter ref = new RefCounter();
        assertThrows(ArithmeticException.class, () -> source.emit(0, List.of(Map.of("ref", ref))));
        assertEquals(0, ref.count());
    }

    @Test
    void aNestedEmitWithoutMetadataCarriesNone() {
        Stream<Integer> outer = new Stream<>();
        Stream<Integer> inner = new Stream<>();
        ListSink<List<Map<String, Object>>> innerSeen = inner.metadata().sinkToList();
        ListSink<List<Map<String, Object>>> outerSeen = outer.metadata().sinkToList();
        outer.sink(inner::emit);
        outer.emit(1, List.of(Map.of("v", 1)));
        assertEquals(List.of(), innerSeen, "a feedback emit is a new element");
        assertEquals(List.of(List.of(Map.of("v", 1))), outerSeen);
    }

    @Test
    void anEmitFromAnotherThreadHoldsUntilDone() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen = source.metadata().sinkToList();
        RefCounter ref = new RefCounter();
        CompletableFuture<CompletionStage<Void>> emitted =
                CompletableFuture.supplyAsync(() -> source.emit(1, List.of(Map.of("ref", ref, "v", 1))));
        CompletionStage<Void> stage = emitted.get();
        assertEquals(1, ref.count(), "held while waiting for the loop");
        assertFalse(stage.toCompletableFuture().isDone());
        loop.runDue();
        assertEquals(0, ref.count());
        assertEquals(1, seen.size());
        assertThrows(NullPointerException.class, () -> source.emit(2, null));
    }

    @Test
    void anEmitWithMetadataIntoAClosedGraphThrowsAndHoldsNothing() {
        Stream<Integer> source = new Stream<>();
        ListSink<Integer> out = source.sinkToList();
        source.close();
        RefCounter ref = new RefCounter();
        assertThrows(StreamClosedException.class, () -> source.emit(1, List.of(Map.of("ref", ref))));
        assertEquals(0, ref.count());
        assertEquals(List.of(), out);
    }

    @Test
    void aHandedOverEmitWithMetadataIntoAClosedLoopThrowsAndReleases() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("metadata-closed");
        Source<Integer> source = new Source<>(loop);
        source.sinkToList();
        loop.close();
        RefCounter ref = new RefCounter();
        CompletableFuture<CompletionStage<Void>> emitted =
                CompletableFuture.supplyAsync(() -> source.emit(1, List.of(Map.of("ref", ref))));
        java.util.concurrent.ExecutionException thrown =
                assertThrows(java.util.concurrent.ExecutionException.class, emitted::get);
        assertTrue(
                thrown.getCause() instanceof LoopClosedException,
                thrown.getCause().toString());
        assertEquals(0, ref.count(), "the reference retained for the hand-over is released");
    }

    /**
     * A custom loop that abandons a task (failing what it would settle) and then refuses it too:
     * the hand-over's references are released once, not twice (a second release would let a
     * reference another holder still counts on reach zero, e.g. commit a Kafka offset early).
     */
    @Test
    void aLoopThatAbandonsAndRefusesAnEmitWithMetadataReleasesItsReferencesOnce() {
        VirtualTimeLoop time = new VirtualTimeLoop();
        EventLoop abandoning = new EventLoop() {
            @Override
            public long nanoTime() {
                return time.nanoTime();
            }

            @Override
            public void execute(Runnable task) {
                ((io.streamz.internal.LoopTasks.Task) task).abandon(new RejectedExecutionException("abandoned"));
                throw new RejectedExecutionException("refused after abandoning");
            }

            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                return time.schedule(delay, task);
            }

            @Override
            public boolean inLoop() {
                return false;
            }

            @Override
            public void reportFailure(Throwable failure) {}

            @Override
            public <V> V await(CompletionStage<V> stage) {
                return time.await(stage);
            }
        };
        Source<Integer> source = new Source<>(abandoning);
        source.sinkToList();
        AtomicInteger zeros = new AtomicInteger();
        RefCounter ref = new RefCounter(zeros::incrementAndGet);
        ref.retain(); // the caller's own hold, which it gives back later
        assertThrows(RejectedExecutionException.class, () -> source.emit(1, List.of(Map.of("ref", ref))));
        assertEquals(1, ref.count(), "the hand-over's reference is given back once; the caller's stays");
        assertEquals(0, zeros.get(), "no early callback");
        ref.release();
        assertEquals(1, zeros.get());
    }

    /**
     * An element carrying two references whose first callback throws: the failure reaches the
     * caller, and the second reference is released all the same (it stayed held for ever).
     */
    @Test
    void aThrowingRefCounterCallbackDoesNotKeepTheOtherReferencesHeld() {
        Stream<Integer> source = new Stream<>();
        source.sinkToList();
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        AtomicInteger released = new AtomicInteger();
        RefCounter other = new RefCounter(released::incrementAndGet);
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> source.emit(1, List.of(Map.of("ref", throwing), Map.of("ref", other))));
        assertEquals("commit failed", thrown.getMessage());
        assertEquals(1, released.get(), "the second reference reached zero");
        assertEquals(0, other.count());
    }

    /**
     * The references of an element whose work completes later are released when it completes; a
     * callback that throws then fails the emit's future (before, the failure was lost in the
     * release's own completion stage).
     */
    @Test
    void aRefCounterCallbackThrowingWhenAsynchronousWorkCompletesFailsTheEmit() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write);
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        AtomicInteger released = new AtomicInteger();
        RefCounter other = new RefCounter(released::incrementAndGet);
        CompletableFuture<Void> emitted = source.emit(1, List.of(Map.of("ref", throwing), Map.of("ref", other)))
                .toCompletableFuture();
        assertFalse(emitted.isDone(), "waits for the write");
        write.complete(null);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> emitted.get(0, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, failed.getCause());
        assertEquals("commit failed", failed.getCause().getMessage());
        assertEquals(1, released.get(), "the other reference is released all the same");
        assertEquals(List.of(), loop.failures());
    }

    /**
     * The emit's future fails with what the work failed with, exactly as it does without metadata
     * (the same exception, wrapped or not): a failing write, a delay closed before its time.
     */
    @Test
    void anEmitWithMetadataFailsAsTheSameEmitWithout() {
        RefCounter ref = new RefCounter();
        assertSameFailure(failureOfAFailingWrite(List.of(Map.of("ref", ref))), failureOfAFailingWrite(null));
        assertSameFailure(failureOfAClosedDelay(List.of(Map.of("ref", ref))), failureOfAClosedDelay(null));
        assertEquals(0, ref.count());
    }

    private static void assertSameFailure(Throwable withMetadata, Throwable without) {
        assertEquals(without.getClass(), withMetadata.getClass(), withMetadata + " / " + without);
        assertEquals(without.getMessage(), withMetadata.getMessage());
    }

    private static Throwable failureOfAFailingWrite(List<Map<String, Object>> metadata) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write);
        CompletableFuture<Void> emitted = emit(source, metadata);
        write.completeExceptionally(new IllegalStateException("write failed"));
        return emitted.handle((value, failure) -> failure).join();
    }

    private static Throwable failureOfAClosedDelay(List<Map<String, Object>> metadata) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        source.delay(Duration.ofSeconds(5)).sinkToList();
        CompletableFuture<Void> emitted = emit(source, metadata);
        source.close();
        return emitted.handle((value, failure) -> failure).join();
    }

    private static CompletableFuture<Void> emit(Source<Integer> source, List<Map<String, Object>> metadata) {
        CompletableFuture<Void> emitted =
                (metadata == null ? source.emit(1) : source.emit(1, metadata)).toCompletableFuture();
        assertFalse(emitted.isDone(), "pending");
        return emitted;
    }

    /**
     * A closed {@code delay} fails the future of the element it held; the callback that throws when
     * its references are then released is carried by that failure, not lost.
     */
    @Test
    void aRefCounterCallbackThrowingWhenAClosedDelayLetsGoIsCarriedByTheEmitsFailure() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        ListSink<Integer> out = source.delay(Duration.ofSeconds(5)).sinkToList();
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        CompletableFuture<Void> emitted =
                source.emit(1, List.of(Map.of("ref", throwing))).toCompletableFuture();
        source.close();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> emitted.get(0, TimeUnit.SECONDS));
        assertInstanceOf(StreamClosedException.class, failed.getCause());
        Throwable[] suppressed = failed.getCause().getSuppressed();
        assertEquals(1, suppressed.length, failed.getCause().toString());
        assertEquals("commit failed", suppressed[0].getMessage());
        assertEquals(0, throwing.count());
        assertEquals(List.of(), out);
    }

    /**
     * A closing stage lets go of everything it holds: a callback that throws for one element
     * neither keeps the others' references held nor is lost (the loop hears of it).
     */
    @Test
    void aClosingBufferReleasesEveryHeldElementWhenACallbackThrows() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        source.buffer(4).sinkAsync(x -> new CompletableFuture<>()); // the first write never ends
        source.emit(0);
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        AtomicInteger released = new AtomicInteger();
        RefCounter first = new RefCounter(released::incrementAndGet);
        RefCounter last = new RefCounter(released::incrementAndGet);
        source.emit(1, List.of(Map.of("ref", first)));
        source.emit(2, List.of(Map.of("ref", throwing)));
        source.emit(3, List.of(Map.of("ref", last)));
        loop.runDue();
        assertEquals(List.of(1, 1, 1), List.of(first.count(), throwing.count(), last.count()), "queued: held");
        source.close();
        assertEquals(List.of(0, 0, 0), List.of(first.count(), throwing.count(), last.count()));
        assertEquals(2, released.get());
        assertTrue(
                loop.failures().stream().anyMatch(f -> "commit failed".equals(f.getMessage())),
                loop.failures().toString());
    }

    @Test
    void aHandedOverEmitWithMetadataIntoAGraphClosedMeanwhileFailsAndReleases() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        ListSink<Integer> out = source.sinkToList();
        RefCounter ref = new RefCounter();
        CompletionStage<Void> stage = CompletableFuture.supplyAsync(() -> source.emit(1, List.of(Map.of("ref", ref))))
                .get();
        assertEquals(1, ref.count(), "held while waiting for the loop");
        source.close(); // on the loop's own thread of a VirtualTimeLoop: the test's
        loop.runDue();
        CompletableFuture<Void> future = stage.toCompletableFuture();
        assertTrue(future.isCompletedExceptionally());
        assertEquals(0, ref.count());
        assertEquals(List.of(), out);
    }

    @Test
    void aHandedOverEmitWithMetadataFailingInAStageFailsItsStageAndReleases() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        source.map(x -> 10 / x).sinkToList();
        RefCounter ref = new RefCounter();
        CompletionStage<Void> stage = CompletableFuture.supplyAsync(() -> source.emit(0, List.of(Map.of("ref", ref))))
                .get();
        CompletableFuture<Void> future = stage.toCompletableFuture();
        loop.runDue();
        java.util.concurrent.ExecutionException thrown =
                assertThrows(java.util.concurrent.ExecutionException.class, future::get);
        assertTrue(
                thrown.getCause() instanceof ArithmeticException,
                thrown.getCause().toString());
        assertEquals(0, ref.count());
    }

    @Test
    void anEmitFromAnotherThreadCompletesWhenTheAsynchronousWorkItStartedIsDone() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        List<Integer> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            return write;
        });
        RefCounter ref = new RefCounter();
        CompletableFuture<Void> stage = CompletableFuture.supplyAsync(() -> source.emit(1, List.of(Map.of("ref", ref))))
                .get()
                .toCompletableFuture();
        loop.runDue();
        assertEquals(List.of(1), written);
        assertFalse(stage.isDone(), "the emit waits for the write it started");
        assertEquals(2, ref.count(), "the metadata is held by the hand-off and by the pending write");
        write.complete(null);
        loop.runDue();
        assertTrue(stage.isDone() && !stage.isCompletedExceptionally());
        assertEquals(0, ref.count());
    }

    // test_core.py::test_sliding_window_ref_counts (streamz's default window is partial; the counts are the same)
    @Test
    void aSlidingWindowHoldsAnElementUntilNoLaterWindowCanHoldIt() {
        Stream<Integer> source = new Stream<>();
        Stream<List<Integer>> windows = source.slidingWindow(2);
        RefCounter previous = new RefCounter();
        source.emit(-2);
        source.emit(-1, List.of(Map.of("ref", previous)));
        for (int i = 0; i < 10; i++) {
            RefCounter ref = new RefCounter();
            assertEquals(1, previous.count());
            source.emit(i, List.of(Map.of("ref", ref)));
            assertEquals(0, previous.count());
            assertEquals(1, ref.count());
            previous = ref;
        }
        assertEquals(List.of(source), windows.upstreams());
    }

    // test_core.py::test_sliding_window_metadata
    @Test
    void aSlidingWindowCarriesItsMembersMetadata() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Map<String, Object>>> seen =
                source.slidingWindow(2).metadata().sinkToList();
        source.emit(0);
        source.emit(1, List.of(Map.of("v", 1)));
        source.emit(2, List.of(Map.of("v", 2)));
        source.emit(3, List.of(Map.of("v", 3)));
        assertEquals(
                List.of(
                        List.of(Map.of("v", 1)),
                        List.of(Map.of("v", 1), Map.of("v", 2)),
                        List.of(Map.of("v", 2), Map.of("v", 3))),
                seen);
    }

    @Test
    void partitionUniqueHoldsWhatItKeepsAndLetsGoOfWhatItReplaces() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Map<String, Object>>> seen =
                source.partitionUnique(2, x -> x, Keep.LAST).metadata().sinkToList();
        RefCounter first = new RefCounter();
        RefCounter replacing = new RefCounter();
        RefCounter other = new RefCounter();
        source.emit(1, List.of(Map.of("ref", first, "v", "a")));
        assertEquals(1, first.count());
        source.emit(1, List.of(Map.of("ref", replacing, "v", "b")));
        assertEquals(0, first.count(), "replaced: let go (streamz never releases it)");
        assertEquals(1, replacing.count());
        source.emit(2, List.of(Map.of("ref", other, "v", "c")));
        assertEquals(0, replacing.count());
        assertEquals(0, other.count());
        assertEquals(List.of(List.of(Map.of("ref", replacing, "v", "b"), Map.of("ref", other, "v", "c"))), seen);

        Stream<Integer> firsts = new Stream<>();
        Stream<List<Integer>> groups = firsts.partitionUnique(2); // referenced: a branch nobody holds is collected
        RefCounter kept = new RefCounter();
        RefCounter dropped = new RefCounter();
        firsts.emit(1, List.of(Map.of("ref", kept)));
        firsts.emit(1, List.of(Map.of("ref", dropped)));
        assertEquals(1, kept.count());
        assertEquals(0, dropped.count(), "a repeat keep=FIRST drops is not held");
        assertEquals(List.of(firsts), groups.upstreams());
    }
}
