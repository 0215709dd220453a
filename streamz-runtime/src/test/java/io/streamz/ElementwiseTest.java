package io.streamz;

import static io.streamz.FlowControlTest.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One element in, at most one out: map and filter (all forms), sink with an argument, pluck, starmap. */
class ElementwiseTest {

    @Nested
    class MapFilterSink {
        @Test
        void mapWithAnExtraArgument() {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> added = source.map(Named.biFunction("add", (Integer x, Integer y) -> x + y), 10);
            ListSink<Integer> out = added.sinkToList();
            source.emit(1);
            source.emit(2);
            assertEquals(List.of(11, 12), out);
            assertEquals("<map: add>", added.toString());
        }

        @Test
        void mapEmitsNullResults() {
            Stream<String> source = new Stream<>();
            ListSink<Object> out = source.map(s -> (Object) null).sinkToList();
            source.emit("a");
            assertEquals(listOf((Object) null), out);
        }

        @Test
        void mapWithArgumentFailureNamesTheStageAndTheNextElementWorks() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.map(Named.biFunction("div", (Integer x, Integer y) -> y / x), 12)
                    .sinkToList();
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> source.emit(0));
            assertEquals("map: div", StageFailure.stageOf(e));
            source.emit(4);
            assertEquals(List.of(3), out);
        }

        @Test
        void filterWithAnExtraArgument() {
            Stream<Integer> source = new Stream<>();
            Stream<Integer> big = source.filter((Integer x, Integer y) -> x > y, 2);
            ListSink<Integer> out = big.sinkToList();
            for (int i = 1; i <= 4; i++) {
                source.emit(i);
            }
            assertEquals(List.of(3, 4), out);
        }

        @Test
        void filterWithoutPredicateDropsNullAndFalse() {
            Stream<Object> source = new Stream<>();
            ListSink<Object> out = source.filter().sinkToList();
            for (Object x : listOf(0, null, false, "", true, Boolean.FALSE, 1)) {
                source.emit(x);
            }
            assertEquals(List.of(0, "", true, 1), out, "Java has no truthiness: only null and false are dropped");
        }

        @Test
        void filterFailureNamesTheStage() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.filter(Named.predicate("long", (String s) -> s.length() > 1))
                    .sinkToList();
            NullPointerException e = assertThrows(NullPointerException.class, () -> source.emit(null));
            assertEquals("filter: long", StageFailure.stageOf(e));
            source.emit("ab");
            assertEquals(List.of("ab"), out);
        }

        @Test
        void removeDropsWhatThePredicateAccepts() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.remove(x -> x % 2 == 0).sinkToList();
            for (int i = 1; i <= 4; i++) {
                source.emit(i);
            }
            assertEquals(List.of(1, 3), out);
        }

        @Test
        void sinkWithAnExtraArgument() {
            Stream<String> source = new Stream<>();
            List<String> stored = new ArrayList<>();
            final class Store implements BiConsumer<String, String> {
                @Override
                public void accept(String x, String topic) {
                    stored.add(topic + ":" + x);
                }
            }
            Sink<String> sink = source.sink(new Store(), "news");
            source.emit("x");
            assertEquals(List.of("news:x"), stored);
            assertEquals("<sink: Store>", sink.toString());
            assertTrue(GlobalSinks.contains(sink));
            sink.destroy();
        }
    }

    @Nested
    class Accumulate {
        @Test
        void withAStartEveryElementFoldsAndANullStartIsReal() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.accumulate((String state, String x) -> state + x, (String) null)
                    .sinkToList();
            source.emit("a");
            source.emit("b");
            assertEquals(List.of("nulla", "nullab"), out);
        }

        @Test
        void withoutAStartTheFirstElementIsTheStateAndEmittedUnchanged() {
            Stream<Integer> source = new Stream<>();
            List<Integer> calls = new ArrayList<>();
            ListSink<Integer> out = source.accumulate((Integer state, Integer x) -> {
                        calls.add(x);
                        return state * x;
                    })
                    .sinkToList();
            source.emit(5);
            assertEquals(List.of(5), out);
            assertEquals(List.of(), calls, "f is not called for the first element");
            source.emit(2);
            assertEquals(List.of(5, 10), out);
        }

        @Test
        void returningStateWithoutAStart() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.accumulateReturningState(
                            (Integer state, Integer x) -> Accumulated.of(state + x, -x))
                    .sinkToList();
            for (int x : new int[] {5, 1, 2}) {
                source.emit(x);
            }
            assertEquals(List.of(5, -1, -2), out);
        }

        @Test
        void failureLeavesTheStateUnchanged() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.accumulate(
                            Named.biFunction("addPositive", (Integer state, Integer x) -> {
                                if (x < 0) {
                                    throw new IllegalArgumentException("negative: " + x);
                                }
                                return state + x;
                            }),
                            0)
                    .sinkToList();
            source.emit(1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.emit(-5));
            assertEquals("accumulate: addPositive", StageFailure.stageOf(e));
            source.emit(2);
            assertEquals(List.of(1, 3), out);
        }

        @Test
        void aStateReturningAccumulatorMustNotReturnNull() {
            Stream<Integer> source = new Stream<>();
            ListSink<Integer> out = source.<Integer, Integer>accumulateReturningState(
                            Named.biFunction(
                                    "nothing",
                                    (Integer state, Integer x) -> x == 0 ? null : Accumulated.of(state + x, state + x)),
                            0)
                    .sinkToList();
            NullPointerException e = assertThrows(NullPointerException.class, () -> source.emit(0));
            assertEquals("accumulate: nothing", StageFailure.stageOf(e));
            source.emit(4);
            assertEquals(List.of(4), out);
        }

        @Test
        void aDownstreamFailureStillStoresTheNewState() {
            Stream<Integer> source = new Stream<>();
            List<Integer> seen = new ArrayList<>();
            source.accumulate(Integer::sum).sink(x -> {
                if (x == 3) {
                    throw new IllegalStateException("three");
                }
                seen.add(x);
            });
            source.emit(1);
            assertThrows(IllegalStateException.class, () -> source.emit(2));
            source.emit(3);
            assertEquals(List.of(1, 6), seen);
        }
    }

    @Nested
    class Sinks {
        @Test
        void sinkFailureNamesTheSinkAndTheNextElementWorks() {
            Stream<Integer> source = new Stream<>();
            List<Integer> seen = new ArrayList<>();
            source.sink(Named.consumer("store", (Integer x) -> {
                if (x == null) {
                    throw new NullPointerException("null element");
                }
                seen.add(x);
            }));
            NullPointerException e = assertThrows(NullPointerException.class, () -> source.emit(null));
            assertEquals("sink: store", StageFailure.stageOf(e));
            source.emit(1);
            assertEquals(List.of(1), seen);
        }

        @Test
        void sinkToListIsALiveReadOnlyViewThatCanDestroyItsSink() {
            Stream<String> source = new Stream<>();
            ListSink<String> out = source.sinkToList();
            source.emit("a");
            assertEquals(List.of("a"), out);
            assertThrows(UnsupportedOperationException.class, () -> out.add("b"));
            out.destroy();
            source.emit("c");
            assertEquals(List.of("a"), out.snapshot());
            assertThrows(IllegalStateException.class, out::destroy);
        }
    }

    @Nested
    class Pluck {
        @Test
        void byIndexFromListsAndArrays() {
            Stream<Object> source = new Stream<>();
            ListSink<Object> out = source.pluck(1).sinkToList();
            source.emit(List.of("a", "b"));
            source.emit(new String[] {"c", "d"});
            source.emit(new int[] {5, 6});
            source.emit(listOf("e", null));
            assertEquals(listOf("b", "d", 6, null), out);
        }

        @Test
        void byKeyFromMaps() {
            Stream<Map<String, Integer>> source = new Stream<>();
            ListSink<Object> out = source.pluck("x").sinkToList();
            source.emit(Map.of("x", 1, "y", 2));
            Map<String, Integer> nullValue = new HashMap<>();
            nullValue.put("x", null);
            source.emit(nullValue);
            assertEquals(listOf(1, null), out);
        }

        @Test
        void anIntIndexOnAMapIsAKey() {
            Stream<Map<Integer, String>> source = new Stream<>();
            ListSink<Object> out = source.pluck(0).sinkToList();
            source.emit(Map.of(0, "zero"));
            assertEquals(List.of("zero"), out);
        }

        @Test
        void severalIndicesGiveATuple() {
            Stream<List<Integer>> source = new Stream<>();
            Stream<List<Object>> picked = source.pluck(2, 0);
            ListSink<List<Object>> out = picked.sinkToList();
            source.emit(List.of(1, 2, 3));
            assertEquals(List.of(List.of(3, 1)), out);
            assertEquals("<pluck: [2, 0]>", picked.toString());
            assertThrows(UnsupportedOperationException.class, () -> out.get(0).add(4));
        }

        @Test
        void noIndicesGiveAnEmptyTuple() {
            Stream<List<Integer>> source = new Stream<>();
            ListSink<List<Object>> out = source.pluck(new int[0]).sinkToList();
            source.emit(List.of(1));
            assertEquals(List.of(List.of()), out);
        }

        @Test
        void badIndexIsIndexOutOfBoundsNamingTheStage() {
            Stream<List<Integer>> source = new Stream<>();
            ListSink<Object> out = source.pluck(2).sinkToList();
            IndexOutOfBoundsException e =
                    assertThrows(IndexOutOfBoundsException.class, () -> source.emit(List.of(1, 2)));
            assertEquals("<pluck: 2> index 2 out of bounds for length 2", e.getMessage());
            assertEquals("pluck: 2", StageFailure.stageOf(e));
            source.emit(List.of(1, 2, 3));
            assertEquals(List.of(3), out);
        }

        @Test
        void negativeIndicesAreOutOfBoundsNotPythonStyle() {
            Stream<List<Integer>> source = new Stream<>();
            source.pluck(-1).sinkToList();
            IndexOutOfBoundsException e =
                    assertThrows(IndexOutOfBoundsException.class, () -> source.emit(List.of(1, 2)));
            assertEquals("<pluck: -1> index -1 out of bounds for length 2", e.getMessage());
        }

        @Test
        void missingKeyIsNoSuchElementNamingTheStage() {
            Stream<Map<String, Integer>> source = new Stream<>();
            ListSink<Object> out = source.pluck("x").sinkToList();
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> source.emit(Map.of("y", 1)));
            assertEquals("pluck: x", StageFailure.stageOf(e));
            source.emit(Map.of("x", 2));
            assertEquals(List.of(2), out);
        }

        @Test
        void wrongShapesFailWithClearMessages() {
            Stream<Object> source = new Stream<>();
            source.pluck(0).sinkToList();
            Stream<Object> byKey = new Stream<>();
            byKey.pluck("k").sinkToList();
            IllegalArgumentException notIndexable = assertThrows(IllegalArgumentException.class, () -> source.emit(42));
            assertEquals(
                    "<pluck: 0> cannot pluck from a java.lang.Integer: expected a List, an array or a Map",
                    notIndexable.getMessage());
            IllegalArgumentException keyOnList =
                    assertThrows(IllegalArgumentException.class, () -> byKey.emit(new ArrayList<>(List.of(1))));
            assertEquals(
                    "<pluck: k> cannot index a java.util.ArrayList with a java.lang.String;" + " use an int index",
                    keyOnList.getMessage());
            NullPointerException onNull = assertThrows(NullPointerException.class, () -> source.emit(null));
            assertEquals("pluck: 0", StageFailure.stageOf(onNull));
        }

        @Test
        void aFailingPickInATupleEmitsNothing() {
            Stream<List<Integer>> source = new Stream<>();
            ListSink<List<Object>> out = source.pluck(0, 5).sinkToList();
            assertThrows(IndexOutOfBoundsException.class, () -> source.emit(List.of(1, 2)));
            assertEquals(List.of(), out);
        }
    }

    @Nested
    class Starmap {
        @Test
        void spreadsPairsAndTriples() {
            Stream<List<Object>> source = new Stream<>();
            ListSink<Integer> sums =
                    source.starmap((Integer a, Integer b) -> a + b).sinkToList();
            Stream<Object[]> triples = new Stream<>();
            ListSink<String> joined =
                    triples.starmap((String a, String b, String c) -> a + b + c).sinkToList();
            source.emit(List.of(1, 2));
            source.emit(listOf(3, 4));
            triples.emit(new Object[] {"x", "y", "z"});
            assertEquals(List.of(3, 7), sums);
            assertEquals(List.of("xyz"), joined);
        }

        @Test
        void nullItemsReachTheFunction() {
            Stream<List<Object>> source = new Stream<>();
            ListSink<String> out =
                    source.starmap((Object a, Object b) -> a + "/" + b).sinkToList();
            source.emit(listOf(null, 1));
            assertEquals(List.of("null/1"), out);
        }

        @Test
        void worksOnZippedTuples() {
            Stream<Integer> a = new Stream<>();
            Stream<Integer> b = new Stream<>();
            Stream<Integer> products = a.zip(b).starmap(Named.biFunction("times", (Integer x, Integer y) -> x * y));
            ListSink<Integer> out = products.sinkToList();
            a.emit(3);
            b.emit(4);
            assertEquals(List.of(12), out);
            assertEquals("<starmap: times>", products.toString());
        }

        @Test
        void wrongSizeOrShapeIsIllegalArgumentNamingTheStage() {
            Stream<Object> source = new Stream<>();
            ListSink<Integer> out = source.starmap(Named.biFunction("add", (Integer x, Integer y) -> x + y))
                    .sinkToList();
            IllegalArgumentException size =
                    assertThrows(IllegalArgumentException.class, () -> source.emit(List.of(1, 2, 3)));
            assertEquals("<starmap: add> expects a tuple of 2, got one of 3", size.getMessage());
            assertEquals("starmap: add", StageFailure.stageOf(size));
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> source.emit("12"));
            assertEquals(
                    "<starmap: add> expects a tuple (List or array) of 2, got a java.lang.String", shape.getMessage());
            assertThrows(NullPointerException.class, () -> source.emit(null));
            source.emit(List.of(1, 2));
            assertEquals(List.of(3), out);
        }

        @Test
        void userFailureIncludingABadItemTypeNamesTheStage() {
            Stream<List<Object>> source = new Stream<>();
            ListSink<Integer> out = source.starmap(Named.biFunction("div", (Integer x, Integer y) -> x / y))
                    .sinkToList();
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> source.emit(List.of(1, 0)));
            assertEquals("starmap: div", StageFailure.stageOf(e));
            ClassCastException cast = assertThrows(ClassCastException.class, () -> source.emit(List.of("1", 1)));
            assertEquals("starmap: div", StageFailure.stageOf(cast));
            source.emit(List.of(6, 3));
            assertEquals(List.of(2), out);
        }
    }
}
