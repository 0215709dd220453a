package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** flatten, partition, slidingWindow, union, unique and collect. */
class FlowControlTest {

    /** Like {@code List.of}, but allowing {@code null} items. */
    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> list = new ArrayList<>(items.length);
        for (T item : items) {
            list.add(item);
        }
        return list;
    }

    static RuntimeException boom(String message) {
        return new IllegalStateException(message);
    }

    @Nested
    class Flatten {
        @Test
        void emitsEachItemOneLevelDeep() {
            Stream<Object> source = new Stream<>();
            ListSink<Object> out = source.flatten().sinkToList();
            source.emit(List.of(1, 2));
            source.emit(List.of());
            source.emit(List.of(List.of(3, 4), 5));
            assertEquals(List.of(1, 2, List.of(3, 4), 5), out);
        }

        @Test
        void acceptsArraysIteratorsAndJavaStreams() {
            Stream<Object> source = new Stream<>();
            ListSink<Object> out = source.flatten().sinkToList();
            source.emit(new String[] {"a", "b"});
            source.emit(new int[] {1, 2});
            source.emit(new double[0]);
            source.emit(List.of(7, 8).iterator());
            source.emit(IntStream.of(9));
            source.emit(Set.of(10));
            assertEquals(List.of("a", "b", 1, 2, 7, 8, 9, 10), out);
        }

        @Test
        void nullItemsAreEmitted() {
            Stream<List<String>> source = new Stream<>();
            ListSink<String> out = source.<String>flatten().sinkToList();
            source.emit(listOf("a", null, "b"));
            assertEquals(listOf("a", null, "b"), out);
        }

        @Test
        void nonIterableFailsNamingTheStageAndTheNextElementWorks() {
            Stream<Object> source = new Stream<>();
            ListSink<Object> out = source.flatten().sinkToList();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.emit(42));
            assertEquals("flatten", StageFailure.stageOf(e));
            assertEquals(
                    "<flatten> cannot flatten a java.lang.Integer: expected an Iterable, Iterator,"
                            + " java.util.stream.Stream or array",
                    e.getMessage());
            source.emit(List.of(1));
            assertEquals(List.of(1), out);
        }

        @Test
        void aStringIsNotSplitIntoCharacters() {
            Stream<Object> source = new Stream<>();
            source.flatten().sinkToList();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.emit("ab"));
            assertTrue(
                    e.getMessage().endsWith("a String is not split into characters, map it to a List first"),
                    e.getMessage());
        }

        @Test
        void nullFailsWithNullPointerException() {
            Stream<Object> source = new Stream<>();
            source.flatten().sinkToList();
            NullPointerException e = assertThrows(NullPointerException.class, () -> source.emit(null));
            assertEquals("<flatten> cannot flatten null", e.getMessage());
            assertEquals("flatten", StageFailure.stageOf(e));
        }

        @Test
        void failingIterableIsNamedAsFlatten() {
            Stream<Iterable<Integer>> source = new Stream<>();
            ListSink<Integer> out = source.<Integer>flatten().sinkToList();
            Iterable<Integer> broken = () -> new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Integer next() {
                    if (next == 1) {
                        throw boom("lazy source failed");
                    }
                    return next++;
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(broken));
            assertEquals("flatten", StageFailure.stageOf(e));
            assertEquals(List.of(0), out, "items before the failure were delivered");
        }

        @Test
        void downstreamFailureStopsTheRestOfTheElementAndNamesTheDownstream() {
            Stream<List<Integer>> source = new Stream<>();
            List<Integer> seen = new ArrayList<>();
            source.<Integer>flatten()
                    .map(Named.function("check", (Integer x) -> {
                        if (x < 0) {
                            throw boom("negative");
                        }
                        return x;
                    }))
                    .sink(seen::add);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(List.of(1, -1, 2)));
            assertEquals("map: check", StageFailure.stageOf(e));
            source.emit(List.of(3));
            assertEquals(List.of(1, 3), seen);
        }
    }

    @Nested
    class Partition {
        @Test
        void emitsFullGroupsOnlyWithNoTrailingFlush() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.partition(2).sinkToList();
            for (int i = 1; i <= 5; i++) {
                source.emit(i);
            }
            assertEquals(List.of(List.of(1, 2), List.of(3, 4)), out);
            assertEquals("<partition: 2>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void sizeOneEmitsEveryElementAlone() {
            Stream<String> source = new Stream<>();
            ListSink<List<String>> out = source.partition(1).sinkToList();
            source.emit("a");
            source.emit(null);
            assertEquals(List.of(List.of("a"), listOf((String) null)), out);
        }

        @Test
        void perKeyBuffersEmitInCompletionOrder() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.partition(2, x -> x % 3).sinkToList();
            for (int x : new int[] {1, 2, 4, 3, 7, 5, 6}) {
                source.emit(x);
            }
            assertEquals(List.of(List.of(1, 4), List.of(2, 5), List.of(3, 6)), out);
            source.emit(10);
            assertEquals(List.of(List.of(1, 4), List.of(2, 5), List.of(3, 6), List.of(7, 10)), out);
        }

        @Test
        void nullKeysAreAKeyLikeAnyOther() {
            Stream<String> source = new Stream<>();
            ListSink<List<String>> out = source.partition(2, s -> s.isEmpty() ? null : s.substring(0, 1))
                    .sinkToList();
            for (String s : List.of("", "ab", "", "ac")) {
                source.emit(s);
            }
            assertEquals(List.of(List.of("", ""), List.of("ab", "ac")), out);
        }

        @Test
        void partitionsAreUnmodifiable() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.partition(1).sinkToList();
            source.emit(1);
            assertThrows(UnsupportedOperationException.class, () -> out.get(0).add(2));
        }

        @Test
        void failingKeyFunctionLeavesTheBuffersUnchanged() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.partition(2, Named.function("parity", (Integer x) -> {
                        if (x == 0) {
                            throw boom("zero has no parity here");
                        }
                        return x % 2;
                    }))
                    .sinkToList();
            source.emit(1);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(0));
            assertEquals("partition: 2", StageFailure.stageOf(e));
            source.emit(3);
            assertEquals(List.of(List.of(1, 3)), out);
        }

        @Test
        void rejectsSizesBelowOne() {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> new Stream<>().partition(0));
            assertEquals("partition: n must be >= 1, not 0", e.getMessage());
        }
    }

    @Nested
    class SlidingWindow {
        @Test
        void defaultEmitsFullWindowsOnly() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.slidingWindow(3).sinkToList();
            source.emit(1);
            source.emit(2);
            assertEquals(List.of(), out);
            for (int i = 3; i <= 5; i++) {
                source.emit(i);
            }
            assertEquals(List.of(List.of(1, 2, 3), List.of(2, 3, 4), List.of(3, 4, 5)), out);
        }

        @Test
        void returnPartialAlsoEmitsTheFirstShorterWindows() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.slidingWindow(3, true).sinkToList();
            for (int i = 1; i <= 4; i++) {
                source.emit(i);
            }
            assertEquals(List.of(List.of(1), List.of(1, 2), List.of(1, 2, 3), List.of(2, 3, 4)), out);
        }

        @Test
        void returnPartialFalseIsTheDefault() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.slidingWindow(2, false).sinkToList();
            source.emit(1);
            source.emit(2);
            assertEquals(List.of(List.of(1, 2)), out);
        }

        @Test
        void sizeOneAndNullElements() {
            Stream<String> source = new Stream<>();
            ListSink<List<String>> ones = source.slidingWindow(1).sinkToList();
            ListSink<List<String>> pairs = source.slidingWindow(2).sinkToList();
            source.emit(null);
            source.emit("b");
            assertEquals(List.of(listOf((String) null), List.of("b")), ones);
            assertEquals(List.of(listOf(null, "b")), pairs);
        }

        @Test
        void windowsAreSnapshots() {
            Stream<Integer> source = new Stream<>();
            ListSink<List<Integer>> out = source.slidingWindow(2).sinkToList();
            source.emit(1);
            source.emit(2);
            List<Integer> first = out.get(0);
            source.emit(3);
            assertEquals(List.of(1, 2), first);
            assertThrows(UnsupportedOperationException.class, () -> first.set(0, 9));
        }

        @Test
        void downstreamFailureKeepsTheWindowAdvanced() {
            Stream<Integer> source = new Stream<>();
            List<List<Integer>> seen = new ArrayList<>();
            source.slidingWindow(2).sink(Named.consumer("picky", (List<Integer> w) -> {
                if (w.contains(0)) {
                    throw boom("zero");
                }
                seen.add(w);
            }));
            source.emit(1);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(0));
            assertEquals("sink: picky", StageFailure.stageOf(e));
            assertThrows(IllegalStateException.class, () -> source.emit(5), "the window [0, 5] fails too");
            source.emit(6);
            assertEquals(List.of(List.of(5, 6)), seen, "the window moved on past the failures");
        }

        @Test
        void labelAndSize() {
            assertEquals("<slidingWindow: 3>", new Stream<>().slidingWindow(3).toString());
            assertThrows(IllegalArgumentException.class, () -> new Stream<>().slidingWindow(0, true));
        }
    }

    @Nested
    class Union {
        @Test
        void deliversInArrivalOrder() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> c = new Stream<>();
            ListSink<Integer> out = a.union(b, c).sinkToList();
            a.emit(1);
            c.emit(3);
            b.emit(2);
            a.emit(4);
            assertEquals(List.of(1, 3, 2, 4), out);
        }

        @Test
        void theSameInputTwiceDeliversOnce() {
            Stream<Integer> a = new Stream<>();
            ListSink<Integer> out = a.union(a).sinkToList();
            a.emit(1);
            assertEquals(List.of(1), out);
        }

        @Test
        void aDiamondFollowsTheAttachOrder() {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> doubled = source.map(x -> x * 2);
            Stream<Integer> negated = source.map(x -> -x);
            ListSink<Integer> out = doubled.union(negated).sinkToList();
            source.emit(3);
            assertEquals(List.of(6, -3), out);
        }

        @Test
        void noOthersPassesThroughAndNullsPass() {
            Stream<String> a = new Stream<>();
            ListSink<String> out = a.union().sinkToList();
            a.emit(null);
            assertEquals(listOf((String) null), out);
            assertEquals("<union>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void downstreamFailureReachesTheEmitterOfThatInput() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            ListSink<Integer> out = a.union(b)
                    .map(Named.function("inverse", (Integer x) -> 10 / x))
                    .sinkToList();
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> b.emit(0));
            assertEquals("map: inverse", StageFailure.stageOf(e));
            a.emit(5);
            assertEquals(List.of(2), out);
        }
    }

    @Nested
    class Unique {
        @Test
        void unlimitedHistoryDropsEveryRepeat() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.unique().sinkToList();
            for (int x : new int[] {1, 2, 1, 3, 2, 1, 4}) {
                source.emit(x);
            }
            assertEquals(List.of(1, 2, 3, 4), out);
            assertEquals("<unique>", out.sink().upstreams().get(0).toString());
        }

        @Test
        void zeroHistoryMeansUnlimited() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.unique(0).sinkToList();
            for (int x : new int[] {1, 2, 3, 1, 2, 3}) {
                source.emit(x);
            }
            assertEquals(List.of(1, 2, 3), out);
        }

        @Test
        void historyIsAnLruInWhichARepeatRefreshesRecency() {
            // streamz's test_unique_history
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.unique(2).sinkToList();
            for (int x : new int[] {1, 2, 1, 2, 1, 2}) {
                source.emit(x);
            }
            assertEquals(List.of(1, 2), out);
            for (int x : new int[] {3, 2, 1, 3}) {
                source.emit(x);
            }
            // after 3: history {2, 3}; 2 is a hit (refreshed); 1 is new and evicts 3; so 3 is new again
            assertEquals(List.of(1, 2, 3, 1, 3), out);
        }

        @Test
        void historyOneDropsConsecutiveRepeatsOnly() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.unique(1).sinkToList();
            for (String s : List.of("a", "a", "b", "b", "a", "a")) {
                source.emit(s);
            }
            assertEquals(List.of("a", "b", "a"), out);
        }

        @Test
        void keyFunctionWithAndWithoutHistory() {
            Stream<String> source = new Stream<>();
            ListSink<String> byLength = source.unique(String::length).sinkToList();
            ListSink<String> byInitial =
                    source.unique(1, (String s) -> s.charAt(0)).sinkToList();
            for (String s : List.of("ant", "bee", "cat", "ape", "dingo", "ant")) {
                source.emit(s);
            }
            assertEquals(List.of("ant", "dingo"), byLength);
            assertEquals(List.of("ant", "bee", "cat", "ape", "dingo", "ant"), byInitial);
        }

        @Test
        void nullIsAnElementLikeAnyOther() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.unique().sinkToList();
            source.emit(null);
            source.emit("x");
            source.emit(null);
            assertEquals(listOf(null, "x"), out);
        }

        @Test
        void valueIsRecordedBeforeItIsEmitted() {
            Stream<Integer> source = new Stream<>();
            List<Integer> seen = new ArrayList<>();
            boolean[] fail = {true};
            source.unique().sink(Named.consumer("flaky", (Integer x) -> {
                if (fail[0]) {
                    throw boom("flaky");
                }
                seen.add(x);
            }));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(1));
            assertEquals("sink: flaky", StageFailure.stageOf(e));
            fail[0] = false;
            source.emit(1);
            source.emit(2);
            assertEquals(List.of(2), seen, "1 was recorded as seen before the failing emit");
        }

        @Test
        void failingKeyFunctionRecordsNothing() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.unique(Named.function("first", (String s) -> s.charAt(0)))
                    .sinkToList();
            StringIndexOutOfBoundsException e =
                    assertThrows(StringIndexOutOfBoundsException.class, () -> source.emit(""));
            assertEquals("unique", StageFailure.stageOf(e));
            source.emit("a");
            source.emit("ab");
            assertEquals(List.of("a"), out);
        }

        @Test
        void rejectsNegativeHistory() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stream<>().unique(-1));
            assertEquals("unique: history must be >= 0, not -1", e.getMessage());
        }
    }

    @Nested
    class Collect {
        @Test
        void flushEmitsTheCacheAndClearsIt() {
            Stream<Integer> source = new Stream<>();
            CollectStream<Integer> collector = source.collect();
            ListSink<List<Integer>> out = collector.sinkToList();
            source.emit(1);
            source.emit(2);
            assertEquals(List.of(), out, "nothing before a flush");
            assertEquals(List.of(1, 2), collector.cached());
            collector.flush();
            source.emit(3);
            collector.flush();
            assertEquals(List.of(List.of(1, 2), List.of(3)), out);
            assertEquals(List.of(), collector.cached());
            assertEquals("<collect>", collector.toString());
        }

        @Test
        void flushOfAnEmptyCacheEmitsAnEmptyList() {
            Stream<Integer> source = new Stream<>();
            CollectStream<Integer> collector = source.collect();
            ListSink<List<Integer>> out = collector.sinkToList();
            assertTrue(collector.flush().toCompletableFuture().isDone());
            assertEquals(List.of(List.of()), out);
        }

        @Test
        void anotherStreamTriggersTheFlush() {
            // streamz's test_collect: other.sink(collector.flush)
            Stream<Integer> source = new Stream<>();
            Stream<String> ticks = new Stream<>();
            CollectStream<Integer> collector = source.collect();
            ListSink<List<Integer>> out = collector.sinkToList();
            ticks.sink(collector::flush);
            source.emit(1);
            source.emit(null);
            ticks.emit("tick");
            source.emit(3);
            ticks.emit("tick");
            assertEquals(List.of(listOf(1, null), List.of(3)), out);
        }

        @Test
        void downstreamFailureDuringFlushDoesNotRepeatTheBatch() {
            Stream<Integer> source = new Stream<>();
            CollectStream<Integer> collector = source.collect();
            List<List<Integer>> seen = new ArrayList<>();
            collector.sink(Named.consumer("store", (List<Integer> batch) -> {
                if (batch.contains(0)) {
                    throw boom("zero");
                }
                seen.add(batch);
            }));
            source.emit(0);
            IllegalStateException e = assertThrows(IllegalStateException.class, collector::flush);
            assertEquals("sink: store", StageFailure.stageOf(e));
            source.emit(1);
            collector.flush();
            assertEquals(List.of(List.of(1)), seen);
        }

        @Test
        void collectedListsAreUnmodifiable() {
            Stream<Integer> source = new Stream<>();
            CollectStream<Integer> collector = source.collect();
            ListSink<List<Integer>> out = collector.sinkToList();
            source.emit(1);
            collector.flush();
            assertThrows(UnsupportedOperationException.class, () -> out.get(0).clear());
        }
    }
}
