package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Metadata in the stages that keep elements for later: ports of streamz's {@code *_ref_counts}
 * and {@code *_metadata} tests (test_core.py) with the counts at each step, and the decisions of
 * streamz-semantics §4 where streamz leaks or releases early.
 */
class HoldingStagesMetadataTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private static List<Map<String, Object>> ref(RefCounter ref) {
        return List.of(Map.of("ref", ref));
    }

    private static List<Map<String, Object>> v(int value) {
        return List.of(Map.of("v", value));
    }

    private static List<RefCounter> refs(int n) {
        List<RefCounter> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(new RefCounter());
        }
        return refs;
    }

    private static List<Integer> counts(List<RefCounter> refs) {
        return refs.stream().map(RefCounter::count).toList();
    }

    // test_core.py::test_buffer_ref_counts
    @Test
    void aBufferHoldsWhatIsQueued() {
        Source<Integer> source = new Source<>(loop);
        Stream<Integer> buffered = source.buffer(5);
        List<RefCounter> refs = refs(5);
        for (int i = 0; i < 5; i++) {
            source.emit(i, ref(refs.get(i)));
        }
        assertEquals(List.of(1, 1, 1, 1, 1), counts(refs));
        loop.runDue();
        assertEquals(List.of(0, 0, 0, 0, 0), counts(refs));
        assertEquals(List.of(source), buffered.upstreams());
    }

    @Test
    void aBufferCarriesTheMetadataDownstreamAndHoldsItForAnAsyncSink() {
        Source<Integer> source = new Source<>(loop);
        Stream<Integer> buffered = source.buffer(2);
        ListSink<List<Map<String, Object>>> seen = buffered.metadata().sinkToList();
        CompletableFuture<Void> write = new CompletableFuture<>();
        buffered.sinkAsync(x -> write);
        RefCounter ref = new RefCounter();
        source.emit(1, List.of(Map.of("ref", ref, "v", 1)));
        source.emit(2);
        loop.runDue();
        assertEquals(List.of(List.of(Map.of("ref", ref, "v", 1))), seen);
        assertEquals(1, ref.count(), "held by the buffer's push until the write finished");
        write.complete(null);
        loop.runDue();
        assertEquals(0, ref.count());
    }

    @Test
    void aClosedBufferLetsGoOfWhatItQueued() {
        Source<Integer> source = new Source<>(loop);
        source.buffer(5).sinkAsync(x -> new CompletableFuture<>());
        List<RefCounter> refs = refs(3);
        for (int i = 0; i < 3; i++) {
            source.emit(i, ref(refs.get(i)));
        }
        loop.runDue();
        assertEquals(List.of(1, 1, 1), counts(refs), "one in the never-finishing write, two queued");
        source.close();
        assertEquals(List.of(1, 0, 0), counts(refs), "the write in flight is not finished");
    }

    // test_core.py::test_partition_ref_counts
    @Test
    void aPartitionHoldsItsElementsUntilItIsEmitted() {
        Stream<Integer> source = new Stream<>();
        Stream<List<Integer>> partitions = source.partition(2);
        for (int i = 0; i < 10; i++) {
            RefCounter ref = new RefCounter();
            source.emit(i, ref(ref));
            assertEquals(i % 2 == 0 ? 1 : 0, ref.count(), "element " + i);
        }
        assertEquals(List.of(source), partitions.upstreams());
    }

    // test_core.py::test_partition_metadata
    @Test
    void aPartitionCarriesItsMembersMetadata() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Map<String, Object>>> seen =
                source.partition(2).metadata().sinkToList();
        ListSink<List<Integer>> out = source.partition(2).sinkToList();
        source.emit(0);
        source.emit(1, v(1));
        source.emit(2, v(2));
        source.emit(3, v(3));
        assertEquals(List.of(v(1), List.of(Map.of("v", 2), Map.of("v", 3))), seen);
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), out, "the elements, not wrappers");
    }

    @Test
    void aKeyedPartitionWithATimeoutHoldsUntilItsFlush() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen = source.partition(3, Duration.ofSeconds(1), x -> x % 2)
                .metadata()
                .sinkToList();
        RefCounter even = new RefCounter();
        RefCounter odd = new RefCounter();
        source.emit(0, List.of(Map.of("ref", even)));
        source.emit(1, List.of(Map.of("ref", odd)));
        source.emit(2);
        assertEquals(1, even.count());
        assertEquals(1, odd.count());
        loop.advanceBy(Duration.ofMillis(999));
        assertEquals(1, even.count());
        loop.advanceBy(Duration.ofMillis(1));
        assertEquals(0, even.count(), "flushed on its timeout");
        assertEquals(0, odd.count());
        assertEquals(List.of(List.of(Map.of("ref", even)), List.of(Map.of("ref", odd))), seen);
    }

    @Test
    void aClosedPartitionLetsGoOfItsBuffers() {
        Source<Integer> source = new Source<>(loop);
        source.partition(3).sink(x -> {});
        RefCounter ref = new RefCounter();
        source.emit(1, ref(ref));
        assertEquals(1, ref.count());
        source.close();
        assertEquals(0, ref.count());
    }

    // test_core.py::test_timed_window_ref_counts
    @Test
    void aTimedWindowHoldsItsElementsUntilItCloses() {
        Source<Integer> source = new Source<>(loop);
        Stream<List<Integer>> windows = source.timedWindow(Duration.ofMillis(10));
        RefCounter first = new RefCounter();
        assertEquals("<RefCounter count=0>", first.toString());
        source.emit(1, ref(first));
        assertEquals(1, first.count());
        loop.advanceBy(Duration.ofMillis(50));
        RefCounter second = new RefCounter();
        source.emit(2, ref(second));
        assertEquals(0, first.count());
        assertEquals(1, second.count());
        assertEquals(List.of(source), windows.upstreams());
    }

    // test_core.py::test_timed_window_metadata
    @Test
    void aTimedWindowCarriesItsMembersMetadata() {
        Source<Integer> source = new Source<>(loop);
        Stream<List<Integer>> windows = source.timedWindow(Duration.ofMillis(60));
        ListSink<List<Map<String, Object>>> seen = windows.metadata().sinkToList();
        ListSink<List<Integer>> out = windows.sinkToList();
        source.emit(0);
        source.emit(1, v(1));
        loop.advanceBy(Duration.ofMillis(100));
        source.emit(2, v(2));
        source.emit(3, v(3));
        loop.advanceBy(Duration.ofMillis(100));
        assertEquals(List.of(v(1), List.of(Map.of("v", 2), Map.of("v", 3))), seen);
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of()), out);
    }

    // test_core.py::test_zip_ref_counts
    @Test
    void aZipHoldsWhatWaitsInItsFifos() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> zipped = a.zip(b);
        RefCounter ref1 = new RefCounter();
        a.emit(1, ref(ref1));
        assertEquals(1, ref1.count());
        RefCounter ref2 = new RefCounter();
        a.emit(2, ref(ref2));
        assertEquals(1, ref1.count());
        assertEquals(1, ref2.count());
        RefCounter ref3 = new RefCounter();
        b.emit(3, ref(ref3));
        assertEquals(0, ref1.count());
        assertEquals(1, ref2.count(), "still in the FIFO");
        assertEquals(0, ref3.count());
        assertEquals(List.of(a, b), zipped.upstreams());
    }

    // test_core.py::test_zip_metadata
    @Test
    void aZipTupleCarriesItsElementsMetadata() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> zipped = a.zip(b);
        ListSink<List<Map<String, Object>>> seen = zipped.metadata().sinkToList();
        ListSink<List<Object>> out = zipped.sinkToList();
        a.emit(1, v(1));
        b.emit(2, v(2));
        a.emit(3);
        b.emit(4, v(4));
        assertEquals(List.of(List.of(Map.of("v", 1), Map.of("v", 2)), v(4)), seen);
        assertEquals(List.of(List.of(1, 2), List.of(3, 4)), out);
    }

    @Test
    void aZipOfAStreamWithItselfCountsItsElementOnce() {
        Stream<Integer> a = new Stream<>();
        ListSink<List<Map<String, Object>>> seen = a.zip(a).metadata().sinkToList();
        RefCounter ref = new RefCounter();
        a.emit(1, List.of(Map.of("ref", ref)));
        assertEquals(0, ref.count());
        assertEquals(List.of(List.of(Map.of("ref", ref))), seen);
    }

    @Test
    void disconnectingAZipInputLetsGoOfItsFifo() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> zipped = a.zip(b);
        RefCounter ref = new RefCounter();
        a.emit(1, ref(ref));
        assertEquals(1, ref.count());
        a.disconnect(zipped);
        assertEquals(0, ref.count());
    }

    // test_core.py::test_combine_latest_ref_counts
    @Test
    void aCombineLatestHoldsEachInputsLatestUntilReplaced() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> combined = a.combineLatest(b);
        RefCounter ref1 = new RefCounter();
        a.emit(1, ref(ref1));
        assertEquals(1, ref1.count());
        RefCounter ref2 = new RefCounter();
        a.emit(2, ref(ref2));
        assertEquals(0, ref1.count(), "the new value kicks out the old one");
        assertEquals(1, ref2.count());
        RefCounter ref3 = new RefCounter();
        b.emit(3, ref(ref3));
        assertEquals(1, ref2.count());
        assertEquals(1, ref3.count());
        b.disconnect(combined);
        assertEquals(0, ref3.count(), "a disconnected input's latest is let go of");
        combined.close();
        assertEquals(0, ref2.count());
    }

    // test_core.py::test_combine_latest_metadata
    @Test
    void aCombineLatestTupleCarriesItsElementsMetadata() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        ListSink<List<Map<String, Object>>> seen = a.combineLatest(b).metadata().sinkToList();
        a.emit(1, v(1));
        b.emit(2, v(2));
        b.emit(3);
        b.emit(4, v(4));
        assertEquals(
                List.of(List.of(Map.of("v", 1), Map.of("v", 2)), v(1), List.of(Map.of("v", 1), Map.of("v", 4))), seen);
    }

    // test_core.py::test_zip_latest_ref_counts
    @Test
    void aZipLatestHoldsItsWaitingLosslessElementsAndTheOthersLatest() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> zipped = a.zipLatest(b);
        RefCounter ref1 = new RefCounter();
        a.emit(1, ref(ref1));
        assertEquals(1, ref1.count(), "held until b has a value");
        RefCounter ref2 = new RefCounter();
        b.emit(2, ref(ref2));
        assertEquals(0, ref1.count());
        assertEquals(1, ref2.count());
        RefCounter ref3 = new RefCounter();
        b.emit(3, ref(ref3));
        assertEquals(0, ref2.count());
        assertEquals(1, ref3.count());
        RefCounter ref4 = new RefCounter();
        a.emit(3, ref(ref4));
        assertEquals(1, ref3.count());
        assertEquals(0, ref4.count(), "a lossless element emitted at once is not held");
        assertEquals(List.of(a, b), zipped.upstreams());
    }

    // test_core.py::test_zip_latest_metadata
    @Test
    void aZipLatestTupleCarriesItsElementsMetadata() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        ListSink<List<Map<String, Object>>> seen = a.zipLatest(b).metadata().sinkToList();
        a.emit(1, v(1));
        b.emit(2, v(2));
        a.emit(3);
        b.emit(4, v(4));
        assertEquals(List.of(List.of(Map.of("v", 1), Map.of("v", 2)), v(2)), seen);
    }

    @Test
    void disconnectingTheLosslessInputLetsGoOfWhatWaited() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Object>> zipped = a.zipLatest(b);
        RefCounter ref = new RefCounter();
        a.emit(1, ref(ref));
        a.disconnect(zipped);
        assertEquals(0, ref.count());
    }

    // test_core.py::test_collect_ref_counts
    @Test
    void aCollectHoldsItsCacheUntilFlushed() {
        Stream<Integer> source = new Stream<>();
        CollectStream<Integer> collector = source.collect();
        List<RefCounter> refs = refs(10);
        for (int i = 0; i < 10; i++) {
            source.emit(i, ref(refs.get(i)));
        }
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), counts(refs));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), collector.cached());
        collector.flush();
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), counts(refs));
    }

    // test_core.py::test_collect_metadata
    @Test
    void aFlushCarriesTheCachedMetadata() {
        Stream<Integer> source = new Stream<>();
        CollectStream<Integer> collector = source.collect();
        ListSink<List<Map<String, Object>>> seen = collector.metadata().sinkToList();
        ListSink<List<Integer>> out = collector.sinkToList();
        source.emit(0);
        source.emit(1, v(1));
        source.emit(2, v(2));
        collector.flush();
        source.emit(3, v(3));
        source.emit(4, v(4));
        collector.flush();
        assertEquals(List.of(List.of(Map.of("v", 1), Map.of("v", 2)), List.of(Map.of("v", 3), Map.of("v", 4))), seen);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4)), out);
    }

    // test_core.py::test_latest_ref_counts, then the decision: delivered means let go
    @Test
    void latestHoldsTheUndeliveredValueUntilReplacedOrDelivered() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen = source.latest().metadata().sinkToList();
        RefCounter ref1 = new RefCounter();
        source.emit(1, ref(ref1));
        assertEquals(1, ref1.count());
        RefCounter ref2 = new RefCounter();
        source.emit(2, ref(ref2));
        assertEquals(0, ref1.count());
        assertEquals(1, ref2.count());
        loop.runDue();
        assertEquals(0, ref2.count(), "delivered: streamz keeps it until a newer value arrives");
        assertEquals(List.of(ref(ref2)), seen);
    }

    // test_core.py::test_delay_ref_counts
    @Test
    void aDelayHoldsUntilTheElementWentThrough() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen =
                source.delay(Duration.ofMillis(10)).metadata().sinkToList();
        List<RefCounter> refs = refs(5);
        for (int i = 0; i < 5; i++) {
            source.emit(i, ref(refs.get(i)));
        }
        assertEquals(List.of(1, 1, 1, 1, 1), counts(refs));
        loop.advanceBy(Duration.ofMillis(50));
        assertEquals(List.of(0, 0, 0, 0, 0), counts(refs));
        assertEquals(5, seen.size(), "carried past the delay");
    }

    @Test
    void aRateLimitCarriesAndHoldsWhatWaitsForItsSlot() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen =
                source.rateLimit(Duration.ofSeconds(1)).metadata().sinkToList();
        List<RefCounter> refs = refs(3);
        for (int i = 0; i < 3; i++) {
            source.emit(i, ref(refs.get(i)));
        }
        assertEquals(List.of(0, 1, 1), counts(refs), "the first passes at once");
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(0, 0, 1), counts(refs));
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(0, 0, 0), counts(refs));
        assertEquals(List.of(ref(refs.get(0)), ref(refs.get(1)), ref(refs.get(2))), seen);
    }

    @Test
    void aStageThatHoldsAfterADelayHoldsTheReferencesToo() {
        Source<Integer> source = new Source<>(loop);
        source.delay(Duration.ofSeconds(1)).partition(2).sink(x -> {});
        RefCounter ref = new RefCounter();
        source.emit(1, ref(ref));
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(1, ref.count(), "the partition after the delay holds it: no early commit");
        source.emit(2);
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(0, ref.count());
    }

    @Test
    void mapAsyncHoldsUntilTheResultWentThroughAndCarriesItOn() {
        Source<Integer> source = new Source<>(loop);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        Stream<Integer> results = source.mapAsync(x -> {
            CompletableFuture<Integer> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        });
        ListSink<List<Map<String, Object>>> seen = results.metadata().sinkToList();
        ListSink<Integer> out = results.sinkToList();
        RefCounter ref = new RefCounter();
        CompletionStage<Void> emitted = source.emit(1, List.of(Map.of("ref", ref)));
        assertTrue(emitted.toCompletableFuture().isDone(), "admitted: a slot was free");
        assertEquals(1, ref.count(), "held while the call runs (streamz releases here)");
        calls.get(0).complete(10);
        loop.runDue();
        assertEquals(0, ref.count());
        assertEquals(List.of(10), out);
        assertEquals(List.of(List.of(Map.of("ref", ref))), seen);
    }

    @Test
    void aFailedMapAsyncCallLetsGoOnceReported() {
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Integer> call = new CompletableFuture<>();
        source.mapAsync(x -> call).sink(x -> {});
        RefCounter ref = new RefCounter();
        source.emit(1, ref(ref));
        assertEquals(1, ref.count());
        call.completeExceptionally(new IllegalStateException("boom"));
        loop.runDue();
        assertEquals(0, ref.count());
        assertEquals(1, loop.failures().size());
        assertTrue(
                loop.failures().get(0).getMessage().contains("boom"),
                loop.failures().toString());
    }

    /**
     * A timedWindowUnique lets go of every element of a window once it is emitted, duplicates
     * included, even when one reference's callback throws (the loop hears of that one).
     */
    @Test
    void aTimedWindowUniqueLetsGoOfTheWholeWindowWhenACallbackThrows() {
        Stream<Integer> source = new Stream<>(loop);
        ListSink<List<Integer>> windows =
                source.timedWindowUnique(Duration.ofSeconds(1)).sinkToList();
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        java.util.concurrent.atomic.AtomicInteger released = new java.util.concurrent.atomic.AtomicInteger();
        RefCounter duplicate = new RefCounter(released::incrementAndGet);
        RefCounter other = new RefCounter(released::incrementAndGet);
        source.emit(1, List.of(Map.of("ref", throwing)));
        source.emit(1, List.of(Map.of("ref", duplicate)));
        source.emit(2, List.of(Map.of("ref", other)));
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(List.of(1, 2)), windows);
        assertEquals(List.of(0, 0, 0), List.of(throwing.count(), duplicate.count(), other.count()));
        assertEquals(2, released.get());
        assertTrue(
                loop.failures().stream().anyMatch(f -> "commit failed".equals(f.getMessage())),
                loop.failures().toString());
    }

    /** Closing the graph lets go of what a partitionUnique and a slidingWindow still hold. */
    @Test
    void closingTheGraphLetsGoOfWhatSynchronousWindowsHold() {
        Stream<Integer> source = new Stream<>(loop);
        source.partitionUnique(3).sinkToList();
        source.slidingWindow(3).sinkToList();
        RefCounter first = new RefCounter();
        RefCounter second = new RefCounter();
        source.emit(1, List.of(Map.of("ref", first)));
        source.emit(2, List.of(Map.of("ref", second)));
        assertEquals(List.of(2, 2), List.of(first.count(), second.count()), "held by both stages");
        source.close();
        assertEquals(List.of(0, 0), List.of(first.count(), second.count()));
    }

    /** A partitionUnique lets go of every element of the group it emitted, even when a callback throws. */
    @Test
    void aPartitionUniqueLetsGoOfTheWholeGroupWhenACallbackThrows() {
        Stream<Integer> source = new Stream<>(loop);
        ListSink<List<Integer>> groups = source.partitionUnique(2).sinkToList();
        RefCounter throwing = new RefCounter(() -> {
            throw new IllegalStateException("commit failed");
        });
        RefCounter other = new RefCounter();
        source.emit(1, List.of(Map.of("ref", throwing)));
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> source.emit(2, List.of(Map.of("ref", other))));
        assertEquals("commit failed", thrown.getMessage());
        assertEquals(List.of(List.of(1, 2)), groups);
        assertEquals(List.of(0, 0), List.of(throwing.count(), other.count()));
    }
}
