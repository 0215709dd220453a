package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/** The helpers fused code calls, each against the interpreted operator it stands for. */
class FusedSupportTest {
    @Test
    void zipPairsHeadsInInputOrderAndKeepsNulls() {
        List<List<Object>> out = new ArrayList<>();
        ZipJoin zip = new ZipJoin(2, out::add);
        zip.offer(0, "a");
        zip.offer(0, null);
        zip.offer(1, 1);
        zip.offer(1, 2);
        zip.offer(1, 3);
        assertEquals(List.of(List.of("a", 1), Arrays.asList(null, 2)), out);
        zip.offer(0, "c");
        assertEquals(List.of("c", 3), out.get(2));
        assertThrows(UnsupportedOperationException.class, () -> out.get(0).set(0, "x"));
    }

    @Test
    void joinsHandWhatTheirTuplesLeavePendingBackToTheOfferCompletingThem() {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        TupleDownstream write = tuple -> {
            CompletableFuture<Void> written = new CompletableFuture<>();
            writes.add(written);
            return written;
        };
        ZipJoin zip = ZipJoin.pending(2, write);
        assertNull(zip.offer(0, "a"), "no tuple, nothing pending");
        CompletableFuture<Void> pending = zip.offer(1, 1);
        assertSame(writes.get(0), pending);
        CombineLatestJoin latest = CombineLatestJoin.pending(2, write, 1);
        assertNull(latest.offer(1, "x"), "input 0 has not produced yet");
        assertNull(latest.offer(0, 5), "input 0 does not emit");
        CompletableFuture<Void> latestWrite = latest.offer(1, "y");
        assertSame(writes.get(1), latestWrite);
        ZipLatestJoin zipLatest = ZipLatestJoin.pending(2, write);
        assertNull(zipLatest.offer(0, "held"));
        assertNull(zipLatest.offer(0, "held too"));
        CompletableFuture<Void> both = zipLatest.offer(1, 7);
        assertEquals(4, writes.size());
        writes.get(2).complete(null);
        assertFalse(both.isDone(), "waits for both tuples' writes");
        writes.get(3).completeExceptionally(new IllegalStateException("lost"));
        assertTrue(both.isCompletedExceptionally());
    }

    @Test
    void zipOfferOverMaxsizeWaitsForTheNextTupleNotForItsWrite() {
        ZipJoin zip = new ZipJoin(2, tuple -> {});
        for (int i = 0; i < ZipJoin.DEFAULT_MAXSIZE; i++) {
            assertNull(zip.offer(0, i), "within maxsize");
        }
        CompletableFuture<Void> eleventh = zip.offer(0, 10);
        CompletableFuture<Void> twelfth = zip.offer(0, 11);
        assertFalse(eleventh.isDone());
        assertSame(eleventh, twelfth, "every offer over maxsize waits for the same next tuple");
        assertNull(zip.offer(1, "a"), "the tuple's downstream left nothing pending");
        assertTrue(eleventh.isDone() && !eleventh.isCompletedExceptionally());
        CompletableFuture<Void> again = zip.offer(0, 12);
        assertFalse(again.isDone(), "still 11 ahead: waits for the tuple after");
        assertNotSame(eleventh, again);
    }

    @Test
    void zipIsEmptyOnlyWhenNoInputHoldsAnElement() {
        List<List<Object>> out = new ArrayList<>();
        ZipJoin zip = new ZipJoin(3, out::add);
        assertTrue(zip.isEmpty());
        zip.offer(1, null);
        assertFalse(zip.isEmpty());
        zip.offer(0, "a");
        zip.offer(0, "b");
        zip.offer(2, 1);
        assertEquals(List.of(Arrays.asList("a", null, 1)), out);
        assertFalse(zip.isEmpty(), "b is still queued on input 0");
        zip.offer(1, "x");
        zip.offer(2, 2);
        assertEquals(List.of("b", "x", 2), out.get(1));
        assertTrue(zip.isEmpty());
    }

    @Test
    void combineLatestWaitsForEveryInputThenEmitsOnTheEmittingOnes() {
        List<List<Object>> all = new ArrayList<>();
        List<List<Object>> onFirst = new ArrayList<>();
        CombineLatestJoin any = new CombineLatestJoin(2, all::add);
        CombineLatestJoin first = new CombineLatestJoin(2, onFirst::add, 0);
        for (CombineLatestJoin join : List.of(any, first)) {
            join.offer(0, 1);
            join.offer(0, 2);
            join.offer(1, "a");
            join.offer(1, "b");
            join.offer(0, 3);
        }
        assertEquals(List.of(List.of(2, "a"), List.of(2, "b"), List.of(3, "b")), all);
        assertEquals(List.of(List.of(3, "b")), onFirst);
    }

    @Test
    void zipLatestEmitsEveryLosslessElementOnceWithTheLatestOthers() {
        List<List<Object>> out = new ArrayList<>();
        ZipLatestJoin join = new ZipLatestJoin(3, out::add);
        join.offer(0, 1);
        join.offer(0, 2);
        join.offer(1, "a");
        assertTrue(out.isEmpty());
        join.offer(2, "x");
        join.offer(1, "b");
        join.offer(0, 3);
        assertEquals(List.of(List.of(1, "a", "x"), List.of(2, "a", "x"), List.of(3, "b", "x")), out);
    }

    @Test
    void slidingWindowsAreFreshListsOldestFirst() {
        SlidingWindowBuffer<Integer> full = new SlidingWindowBuffer<>(2, false);
        SlidingWindowBuffer<Integer> partial = new SlidingWindowBuffer<>(2, true);
        assertNull(full.add(1));
        assertEquals(List.of(1), partial.add(1));
        List<Integer> first = full.add(2);
        assertEquals(List.of(1, 2), first);
        assertEquals(List.of(2, 3), full.add(3));
        assertEquals(List.of(1, 2), first);
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowBuffer<>(0, false));
    }

    @Test
    void partitionsEmitFullBuffersPerKey() {
        PartitionBuffer<Integer> plain = new PartitionBuffer<>(2);
        assertNull(plain.add(1));
        assertEquals(List.of(1, 2), plain.add(2));
        assertNull(plain.add(3));
        PartitionBuffer<Integer> keyed = new PartitionBuffer<>(2);
        assertNull(keyed.add(true, 1));
        assertNull(keyed.add(false, 2));
        assertEquals(List.of(1, 3), keyed.add(true, 3));
        assertNull(keyed.add(true, 5));
        assertEquals(List.of(2, 4), keyed.add(false, 4));
        assertThrows(IllegalArgumentException.class, () -> new PartitionBuffer<>(0));
    }

    @Test
    void uniqueRemembersAllKeysOrTheMostRecentOnes() {
        UniqueHistory all = new UniqueHistory(0);
        assertTrue(all.firstSeen("a"));
        assertFalse(all.firstSeen("a"));
        assertTrue(all.firstSeen(null));
        assertFalse(all.firstSeen(null));
        UniqueHistory recent = new UniqueHistory(2);
        assertTrue(recent.firstSeen(1));
        assertTrue(recent.firstSeen(2));
        assertFalse(recent.firstSeen(1)); // refreshes 1: 2 is now the eldest
        assertTrue(recent.firstSeen(3)); // evicts 2
        assertTrue(recent.firstSeen(2));
        assertFalse(recent.firstSeen(3));
        assertThrows(IllegalArgumentException.class, () -> new UniqueHistory(-1));
    }

    @Test
    void everyHelperMatchesItsInterpretedOperatorOnRandomInput() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(4);
            Stream<Integer> source = new Stream<>();
            List<List<Integer>> windows = new ArrayList<>();
            List<List<Integer>> partitions = new ArrayList<>();
            List<Integer> uniques = new ArrayList<>();
            source.slidingWindow(n, round % 2 == 0).sink(windows::add);
            source.partition(n, x -> x % 3).sink(partitions::add);
            source.unique(n).sink(uniques::add);
            List<List<Integer>> fusedWindows = new ArrayList<>();
            List<List<Integer>> fusedPartitions = new ArrayList<>();
            List<Integer> fusedUniques = new ArrayList<>();
            SlidingWindowBuffer<Integer> window = new SlidingWindowBuffer<>(n, round % 2 == 0);
            PartitionBuffer<Integer> partition = new PartitionBuffer<>(n);
            UniqueHistory unique = new UniqueHistory(n);
            for (int i = 0; i < 40; i++) {
                int x = random.nextInt(6);
                source.emit(x);
                addIfPresent(fusedWindows, window.add(x));
                addIfPresent(fusedPartitions, partition.add(x % 3, x));
                if (unique.firstSeen(x)) {
                    fusedUniques.add(x);
                }
            }
            assertEquals(windows, fusedWindows);
            assertEquals(partitions, fusedPartitions);
            assertEquals(uniques, fusedUniques);
        }
    }

    @Test
    void aNamedBinaryOperatorLabelsTheAccumulateNode() {
        BinaryOperator<Integer> sum = NamedOperators.binaryOperator("sum", Integer::sum);
        assertEquals(5, sum.apply(2, 3));
        Stream<Integer> source = new Stream<>();
        assertEquals("<accumulate: sum>", source.accumulate(sum).toString());
        assertThrows(NullPointerException.class, () -> NamedOperators.binaryOperator(null, Integer::sum));
    }

    private static <T> void addIfPresent(List<T> out, T x) {
        if (x != null) {
            out.add(x);
        }
    }

    @Test
    void aPrimitiveStateRejectsANullFirstElementNamingTheStageAndStaysUnstarted() {
        Stream<Integer> source = new Stream<>();
        Stream<io.streamz.FailedElement> errors = new Stream<>();
        List<Object> out = new ArrayList<>();
        List<io.streamz.FailedElement> routed = new ArrayList<>();
        source.accumulate(NamedOperators.<Integer>binaryOperator("sum", "int", Integer::sum))
                .sink(out::add);
        Stream<Integer> sum =
                source.accumulate(NamedOperators.<Integer>binaryOperator("routedSum", "int", Integer::sum));
        sum.routeFailuresTo(errors);
        errors.sink(routed::add);
        sum.sink(out::add);
        NullPointerException rejected = assertThrows(NullPointerException.class, () -> source.emit(null));
        assertEquals(PrimitiveState.nullFirstElement("int"), rejected.getMessage());
        assertEquals("the first element becomes the state, an int, and cannot be null", rejected.getMessage());
        assertEquals("accumulate: sum", io.streamz.StageFailure.stageOf(rejected));
        assertEquals(List.of(), out, "nothing goes on");
        source.emit(2); // the first element: both start now
        source.emit(3);
        assertEquals(List.of(2, 2, 5, 5), out);
        assertEquals(List.of(), routed, "the unrouted stage threw first");
        Stream<Integer> alone = new Stream<>();
        Stream<Long> longs = alone.map(x -> x == null ? null : (long) x)
                .accumulateReturningState(
                        NamedOperators.<Long, Long, io.streamz.Accumulated<Long, ? extends Long>>biFunction(
                                "change", "long", (previous, x) -> io.streamz.Accumulated.of(x, x - previous)));
        longs.routeFailuresTo(errors);
        List<Long> changes = new ArrayList<>();
        longs.sink(changes::add);
        alone.emit(null);
        assertEquals(1, routed.size(), "a routed stage routes the rejected element");
        assertNull(routed.get(0).element());
        assertEquals(
                "the first element becomes the state, a long, and cannot be null",
                routed.get(0).error().getMessage());
        alone.emit(5);
        alone.emit(7);
        assertEquals(List.of(5L, 2L), changes, "started by the first element that is not null");
    }
}
