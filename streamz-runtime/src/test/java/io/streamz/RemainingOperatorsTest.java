package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** slice, partitionUnique, frequencies, accumulate with state and with a reset stream. */
class RemainingOperatorsTest {

    private static <T> List<T> run(Stream<Integer> source, Stream<T> stage, int n) {
        ListSink<T> out = stage.sinkToList();
        for (int i = 0; i < n; i++) {
            source.emit(i);
        }
        return out.snapshot();
    }

    @Test
    void sliceFollowsPythonSlicing() {
        Stream<Integer> source = new Stream<>();
        assertEquals(List.of(1, 3, 5, 7), run(source, source.slice(1, null, 2), 8), "streamz gives 2, 4, 6");
        source = new Stream<>();
        assertEquals(List.of(2, 5), run(source, source.slice(2, null, 3), 8), "streamz gives 3, 6");
        source = new Stream<>();
        assertEquals(List.of(), run(source, source.slice(0, 0, null), 8), "streamz's end=0 means no end");
        source = new Stream<>();
        assertEquals(List.of(2, 4), run(source, source.slice(2, 6, 2), 8));
        source = new Stream<>();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), run(source, source.slice(null, null, null), 8));
        source = new Stream<>();
        assertEquals(List.of(0, 1, 2, 3), run(source, source.slice(null, 4, null), 8));
        source = new Stream<>();
        assertEquals(List.of(), run(source, source.slice(3, 1, null), 8));
        source = new Stream<>();
        assertEquals(List.of(5), run(source, source.slice(5, 6, 10), 8));
    }

    @Test
    void aSliceDetachesOncePastItsEnd() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> firstTwo = source.slice(null, 2, null);
        ListSink<Integer> out = firstTwo.sinkToList();
        source.emit(10);
        assertEquals(List.of(firstTwo), source.downstreams());
        source.emit(11);
        assertEquals(List.of(), source.downstreams(), "nothing more can pass: detached");
        assertEquals(List.of(), firstTwo.upstreams());
        source.emit(12);
        assertEquals(List.of(10, 11), out);
    }

    @Test
    void badSlicesFailBeforeAttaching() {
        Stream<Integer> source = new Stream<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.slice(null, -1, null));
        assertEquals(
                "slice: end must be >= 0 (or null), not -1: a stream has no end to count back from", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> source.slice(-2, null, null));
        e = assertThrows(IllegalArgumentException.class, () -> source.slice(0, null, 0));
        assertEquals("slice: step must be >= 1 (or null for 1), not 0", e.getMessage());
        assertEquals(List.of(), source.downstreams());
    }

    @Test
    void aSlicePassesBackPressureThrough() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.slice(1, null, 2).sinkAsync(x -> write);
        CompletionStage<Void> skipped = source.emit(0);
        CompletionStage<Void> taken = source.emit(1);
        assertTrue(skipped.toCompletableFuture().isDone());
        assertFalse(taken.toCompletableFuture().isDone(), "streamz drops this future");
        write.complete(null);
        loop.runDue();
        assertTrue(taken.toCompletableFuture().isDone());
    }

    @Test
    void sliceLabels() {
        Stream<Integer> source = new Stream<>();
        assertEquals("<slice: 1::2>", source.slice(1, null, 2).toString());
        assertEquals("<slice: :4>", source.slice(null, 4, null).toString());
        assertEquals("<slice: 2:6:2>", source.slice(2, 6, 2).toString());
    }

    @Test
    void partitionUniqueKeepsFirstOrLast() {
        List<Integer> elements = List.of(1, 2, 1, 3, 1, 3, 3, 2);
        Stream<Integer> source = new Stream<>();
        ListSink<List<Integer>> first = source.partitionUnique(3).sinkToList();
        ListSink<List<Integer>> last =
                source.partitionUnique(3, x -> x, Keep.LAST).sinkToList();
        elements.forEach(source::emit);
        assertEquals(List.of(List.of(1, 2, 3), List.of(1, 3, 2)), first);
        assertEquals(List.of(List.of(2, 1, 3), List.of(1, 3, 2)), last);
    }

    @Test
    void partitionUniqueByKey() {
        Stream<String> source = new Stream<>();
        ListSink<List<String>> out =
                source.partitionUnique(3, String::length, Keep.LAST).sinkToList();
        List.of("f", "fo", "f", "foo", "f", "foo", "foo", "fo").forEach(source::emit);
        assertEquals(List.of(List.of("fo", "f", "foo"), List.of("f", "foo", "fo")), out);

        Stream<Map<String, Object>> records = new Stream<>();
        ListSink<List<Map<String, Object>>> byId =
                records.partitionUnique(2, r -> r.get("id")).sinkToList();
        Map<String, Object> bar = Map.of("id", 0, "foo", "bar");
        Map<String, Object> bat = Map.of("id", 1, "foo", "bat");
        records.emit(bar);
        records.emit(Map.of("id", 0, "foo", "baz"));
        records.emit(bat);
        assertEquals(List.of(List.of(bar, bat)), byId);
    }

    @Test
    void partitionUniqueHoldsNullLikeAnyElement() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Integer>> out =
                source.partitionUnique(2, x -> x == null ? 0 : x % 2).sinkToList();
        source.emit(null);
        source.emit(2);
        source.emit(3);
        assertEquals(List.of(Arrays.asList(null, 3)), out, "2 has the key of the held null: the null stays");
    }

    @Test
    void partitionUniqueKeyFailuresNameTheStageAndKeepTheGroup() {
        Stream<Integer> source = new Stream<>();
        ListSink<List<Integer>> out = source.partitionUnique(2, x -> 10 / x).sinkToList();
        source.emit(1);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> source.emit(0));
        assertEquals("partitionUnique: 2", StageFailure.stageOf(e));
        source.emit(5);
        assertEquals(List.of(List.of(1, 5)), out);
        assertThrows(IllegalArgumentException.class, () -> source.partitionUnique(0));
        assertThrows(NullPointerException.class, () -> source.partitionUnique(2, x -> x, null));
        assertEquals("<partitionUnique: 2>", source.partitionUnique(2).toString());
    }

    @Test
    void frequenciesEmitsASnapshotEachTime() {
        Stream<String> source = new Stream<>();
        ListSink<Map<String, Long>> out = source.frequencies().sinkToList();
        source.emit("a");
        source.emit("b");
        source.emit("a");
        assertEquals(Map.of("a", 1L), out.get(0), "earlier maps do not change");
        assertEquals(Map.of("a", 1L, "b", 1L), out.get(1));
        assertEquals(Map.of("a", 2L, "b", 1L), out.get(2));
        assertEquals(List.of("a", "b"), new ArrayList<>(out.get(2).keySet()), "first-seen order");
        assertThrows(UnsupportedOperationException.class, () -> out.get(2).put("c", 1L));
        assertEquals("<accumulate: update_frequencies>", source.frequencies().toString());
    }

    @Test
    void accumulateWithStateEmitsStateAndResult() {
        Stream<Integer> source = new Stream<>();
        ListSink<Accumulated<Integer, Integer>> withStart =
                source.accumulateWithState(Integer::sum, 10).sinkToList();
        ListSink<Accumulated<Integer, Integer>> fromFirst =
                source.accumulateWithState(Integer::sum).sinkToList();
        for (int i = 1; i <= 3; i++) {
            source.emit(i);
        }
        assertEquals(List.of(Accumulated.of(11, 11), Accumulated.of(13, 13), Accumulated.of(16, 16)), withStart);
        assertEquals(List.of(Accumulated.of(1, 1), Accumulated.of(3, 3), Accumulated.of(6, 6)), fromFirst);
    }

    // test_core.py::test_accumulate_errors_raises: with_state, the state unchanged by the failure
    @Test
    void accumulateWithStateFailuresKeepTheState() {
        Stream<Integer> source = new Stream<>();
        ListSink<Accumulated<Integer, Integer>> out =
                source.accumulateWithState((Integer x, Integer y) -> x / y).sinkToList();
        source.emit(12);
        assertThrows(ArithmeticException.class, () -> source.emit(0));
        source.emit(3);
        assertEquals(List.of(Accumulated.of(12, 12), Accumulated.of(4, 4)), out);
    }

    @Test
    void anotherStreamResetsTheAccumulator() {
        Stream<Integer> data = new Stream<>();
        Stream<String> reset = new Stream<>();
        Stream<Integer> sums = data.accumulate(Integer::sum, 0, reset);
        ListSink<Integer> out = sums.sinkToList();
        data.emit(1);
        data.emit(2);
        reset.emit("threshold reached");
        data.emit(3);
        data.emit(4);
        reset.emit("again");
        reset.emit("and again");
        data.emit(5);
        assertEquals(List.of(1, 3, 3, 7, 5), out, "a reset emits nothing");
        assertEquals(List.of(data, reset), sums.upstreams(), "the reset stream is an upstream, as in PR #249");
        assertTrue(sums.toDot().contains("accumulate"));

        Stream<Integer> withState = new Stream<>();
        Stream<Object> clear = new Stream<>();
        ListSink<Accumulated<List<Integer>, List<Integer>>> lists = withState
                .accumulateWithState(
                        (List<Integer> acc, Integer x) -> {
                            List<Integer> next = new ArrayList<>(acc);
                            next.add(x);
                            return next;
                        },
                        List.<Integer>of(),
                        clear)
                .sinkToList();
        withState.emit(1);
        clear.emit(new Object());
        withState.emit(2);
        assertEquals(List.of(Accumulated.of(List.of(1), List.of(1)), Accumulated.of(List.of(2), List.of(2))), lists);
    }

    @Test
    void aStateReturningAccumulatorIsResetToItsStartObject() {
        Stream<Integer> data = new Stream<>();
        Stream<String> reset = new Stream<>();
        List<Integer> start = new ArrayList<>();
        ListSink<Integer> sizes = data.accumulateReturningState(
                        (List<Integer> seen, Integer x) -> {
                            seen.add(x); // mutates the start object, which a reset reuses as it is
                            return Accumulated.of(seen, seen.size());
                        },
                        start,
                        reset)
                .sinkToList();
        data.emit(5);
        data.emit(6);
        reset.emit("clear");
        data.emit(7);
        assertEquals(List.of(1, 2, 3), sizes, "the start object is never copied: a reset goes back to it, as mutated");
        assertEquals(List.of(5, 6, 7), start);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> data.accumulateReturningState((Integer s, Integer x) -> Accumulated.of(s, x), 0, data));
        assertEquals("accumulate: the reset stream must not be the stream accumulated", e.getMessage());
    }

    @Test
    void theResetStreamMustBeAnotherStream() {
        Stream<Integer> data = new Stream<>();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> data.accumulate(Integer::sum, 0, data));
        assertEquals("accumulate: the reset stream must not be the stream accumulated", e.getMessage());
        assertEquals(List.of(), data.downstreams());
        assertThrows(NullPointerException.class, () -> data.accumulate(Integer::sum, 0, null));
    }

    /** A missing function is refused naming the operator, before the node joins the graph. */
    @Test
    void everyAccumulateOverloadRefusesANullFunctionBeforeChangingTheGraph() {
        Stream<Integer> data = new Stream<>();
        Stream<Integer> resets = new Stream<>();
        java.util.function.BiFunction<Integer, Integer, Integer> none = null;
        java.util.function.BiFunction<Integer, Integer, Accumulated<Integer, Integer>> noneReturning = null;
        List<org.junit.jupiter.api.function.Executable> calls = List.of(
                () -> data.accumulateWithState(none, 0),
                () -> data.accumulateWithState((java.util.function.BinaryOperator<Integer>) null),
                () -> data.accumulate(none, 0, resets),
                () -> data.accumulateWithState(none, 0, resets),
                () -> data.accumulateReturningState(noneReturning, 0, resets));
        for (org.junit.jupiter.api.function.Executable call : calls) {
            NullPointerException e = assertThrows(NullPointerException.class, call);
            assertTrue(e.getMessage() != null && e.getMessage().contains("accumulate"), String.valueOf(e.getMessage()));
            assertEquals(List.of(), data.downstreams());
            assertEquals(List.of(), resets.downstreams());
        }
    }

    @Test
    void startOnAResettableAccumulatorStartsTheResetSourceToo() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> data = Source.fromIterable(List.of(1, 2, 3), loop);
        Source<String> resets = Source.fromIterable(List.of("r"), loop);
        Map<String, Integer> seen = new HashMap<>();
        Stream<Integer> sums = data.accumulate(Integer::sum, 0, resets);
        sums.sink(x -> seen.merge("n", 1, Integer::sum));
        sums.start();
        assertFalse(data.isStopped());
        assertFalse(resets.isStopped());
        loop.runDue();
        assertEquals(3, seen.get("n"));
    }
}
