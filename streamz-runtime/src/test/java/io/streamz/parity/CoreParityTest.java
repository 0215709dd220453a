package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Accumulated;
import io.streamz.CollectStream;
import io.streamz.ListSink;
import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.Stream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py}, the element-wise operators: map, starmap, filter,
 * remove, accumulate/scan, flatten, unique, union, pluck, collect, labels and user failures.
 * Written only against the public API, as a user would.
 */
class CoreParityTest {
    private static final Function<Integer, Integer> INC = Named.function("inc", x -> x + 1);
    private static final Function<Integer, Integer> DOUBLE = Named.function("double", x -> 2 * x);

    // test_core.py::test_basic (scan is accumulate)
    @Test
    void basic() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> b1 = source.map(INC);
        Stream<Integer> b2 = source.map(DOUBLE);
        Stream<Integer> c = b1.accumulate(Integer::sum);
        List<Integer> lc = c.sinkToList();
        List<Integer> lb = b2.sinkToList();
        for (int i = 0; i < 4; i++) {
            source.emit(i);
        }
        assertEquals(List.of(1, 3, 6, 10), lc);
        assertEquals(List.of(0, 2, 4, 6), lb);
    }

    // test_core.py::test_no_output; streamz returns None, we return an already-completed stage
    @Test
    void noOutput() {
        Stream<Integer> source = new Stream<>();
        CompletableFuture<Void> done = source.emit(1).toCompletableFuture();
        assertTrue(done.isDone());
        assertEquals(null, done.join());
    }

    // test_core.py::test_scan (returns_state=True without start: the first element is the state, emitted as is)
    @Test
    void scan() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.accumulateReturningState((Integer acc, Integer i) -> {
                    int next = acc + i;
                    return Accumulated.of(next, next);
                })
                .sinkToList();
        for (int i = 0; i < 3; i++) {
            source.emit(i);
        }
        assertEquals(List.of(0, 1, 3), out);
    }

    // test_core.py::test_kwargs; there are no keyword arguments in Java: y is captured by the lambda
    @Test
    void kwargs() {
        Stream<Integer> source = new Stream<>();
        int y = 10;
        List<Integer> out =
                source.accumulate((Integer acc, Integer x) -> acc + x + y).sinkToList();
        for (int i = 0; i < 3; i++) {
            source.emit(i);
        }
        assertEquals(List.of(0, 11, 23), out);
    }

    // test_core.py::test_filter
    @Test
    void filter() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.filter(x -> x % 2 == 0).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(0, 2, 4, 6, 8), out);
    }

    // test_core.py::test_filter_args
    @Test
    void filterArgs() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out =
                source.filter((Integer x, Integer n) -> x % n == 0, 2).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(0, 2, 4, 6, 8), out);
    }

    // test_core.py::test_filter_kwargs; a keyword argument is the same one extra argument in Java
    @Test
    void filterKwargs() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out =
                source.filter((Integer x, Integer n) -> x % n == 0, 2).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(0, 2, 4, 6, 8), out);
    }

    // test_core.py::test_filter_none; OUR behaviour differs: Java has no truthiness, filter() drops
    // only null and false, so the zeros pass (streamz gives [1, 2, 1, 2, 1, 2])
    @Test
    void filterNone() {
        Stream<Object> source = new Stream<>();
        List<Object> out = source.filter().sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i % 3);
        }
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0, 1, 2, 0), out);
        source.emit(null);
        source.emit(false);
        source.emit(true);
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0, 1, 2, 0, true), out);

        Stream<Object> literal = new Stream<>(); // filter(None) is filter(); a null predicate is a mistake
        NullPointerException none = assertThrows(NullPointerException.class, () -> literal.filter(null));
        assertEquals("filter: predicate must not be null", none.getMessage());
        List<Object> out2 = literal.filter().sinkToList();
        for (Object x : new Object[] {0, null, false, "", true}) {
            literal.emit(x);
        }
        assertEquals(List.of(0, "", true), out2);
    }

    // test_core.py::test_map (map(add, y=10): the keyword argument becomes the one extra argument)
    @Test
    void map() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.map((Integer x, Integer y) -> x + y, 10).sinkToList();
        source.emit(1);
        assertEquals(11, out.get(0));
    }

    // test_core.py::test_map_args
    @Test
    void mapArgs() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.map(Integer::sum, 10).sinkToList();
        source.emit(1);
        assertEquals(List.of(11), out);
    }

    // test_core.py::test_starmap
    @Test
    void starmap() {
        Stream<List<Integer>> source = new Stream<>();
        List<Integer> out = source.starmap((Integer x, Integer y) -> x + y).sinkToList();
        source.emit(List.of(1, 10));
        assertEquals(11, out.get(0));
    }

    // test_core.py::test_remove
    @Test
    void remove() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.remove(x -> x % 2 == 0).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(1, 3, 5, 7, 9), out);
    }

    // test_core.py::test_flatten
    @Test
    void flatten() {
        Stream<List<Integer>> source = new Stream<>();
        List<Integer> out = source.<Integer>flatten().sinkToList();
        source.emit(List.of(1, 2, 3));
        source.emit(List.of(4, 5));
        source.emit(List.of(6, 7, 8));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), out);
    }

    // test_core.py::test_unique
    @Test
    void unique() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.unique().sinkToList();
        source.emit(1);
        source.emit(2);
        source.emit(1);
        assertEquals(List.of(1, 2), out);
    }

    // test_core.py::test_unique_key (unique(key=x % 2, maxsize=1))
    @Test
    void uniqueKey() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.unique(1, (Integer x) -> x % 2).sinkToList();
        for (int x : new int[] {1, 2, 4, 6, 3}) {
            source.emit(x);
        }
        assertEquals(List.of(1, 2, 3), out);
    }

    // test_core.py::test_unique_history; there is no hashable=False mode (every Java object hashes),
    // so the second node is a second LRU and both must agree, as streamz's two modes do
    @Test
    void uniqueHistory() {
        Stream<Integer> source = new Stream<>();
        List<Integer> out = source.unique(2).sinkToList();
        List<Integer> out2 = source.unique(2).sinkToList();
        for (int x : new int[] {1, 2, 1, 2, 1, 2}) {
            source.emit(x);
        }
        assertEquals(List.of(1, 2), out);
        source.emit(3);
        source.emit(2);
        assertEquals(List.of(1, 2, 3), out);
        source.emit(1);
        assertEquals(List.of(1, 2, 3, 1), out);
        source.emit(2); // refreshes 2's recency
        source.emit(3); // evicts 1, the least recently used
        source.emit(2); // still remembered
        assertEquals(List.of(1, 2, 3, 1, 3), out);
        assertEquals(out, out2);
    }

    // test_core.py::test_unique_history_dict; Java maps compare by value, so no hashable=False is needed
    @Test
    void uniqueHistoryDict() {
        Stream<Map<String, String>> source = new Stream<>();
        List<Map<String, String>> out = source.unique(2).sinkToList();
        Map<String, String> a = Map.of("hi", "world");
        Map<String, String> b = Map.of("hi", "bar");
        Map<String, String> c = Map.of("foo", "bar");
        for (Map<String, String> x : List.of(a, b, a, b, a, b)) {
            source.emit(x);
        }
        assertEquals(List.of(a, b), out);
        source.emit(c);
        source.emit(b);
        assertEquals(List.of(a, b, c), out);
        source.emit(Map.of("hi", "world")); // an equal map, not the same object
        assertEquals(List.of(a, b, c, a), out);
    }

    // test_core.py::test_union
    @Test
    void union() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> c = new Stream<>();
        List<Integer> out = a.union(b, c).sinkToList();
        a.emit(1);
        assertEquals(List.of(1), out);
        b.emit(2);
        assertEquals(List.of(1, 2), out);
        a.emit(3);
        assertEquals(List.of(1, 2, 3), out);
        c.emit(4);
        assertEquals(List.of(1, 2, 3, 4), out);
    }

    // test_core.py::test_pluck; IndexError is IndexOutOfBoundsException, naming the stage
    @Test
    void pluck() {
        Stream<List<Integer>> a = new Stream<>();
        List<Object> out = a.pluck(1).sinkToList();
        a.emit(List.of(1, 2, 3));
        assertEquals(List.of(2), out);
        a.emit(List.of(4, 5, 6, 7, 8, 9));
        assertEquals(List.of(2, 5), out);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> a.emit(List.of(1)));
        assertEquals("pluck: 1", StageFailure.stageOf(e));
        assertEquals(List.of(2, 5), out);
    }

    // test_core.py::test_pluck_list (pluck([0, 2]) gives tuples; pluck(0, 2) is the same)
    @Test
    void pluckList() {
        Stream<List<Integer>> a = new Stream<>();
        List<List<Object>> out = a.pluck(List.of(0, 2)).sinkToList();
        List<List<Object>> varargs = a.pluck(0, 2).sinkToList();
        a.emit(List.of(1, 2, 3));
        assertEquals(List.of(List.of(1, 3)), out);
        a.emit(List.of(4, 5, 6, 7, 8, 9));
        assertEquals(List.of(List.of(1, 3), List.of(4, 6)), out);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> a.emit(List.of(1)));
        assertEquals("pluck: [0, 2]", StageFailure.stageOf(e));
        assertEquals(List.of(List.of(1, 3), List.of(4, 6)), out);
        assertEquals(out, varargs);
    }

    // streamz's pluck with a list of dict keys: each pick is looked up as pluck(key) would
    @Test
    void pluckListOfKeys() {
        Stream<Map<String, Integer>> a = new Stream<>();
        Stream<List<Object>> picked = a.pluck(List.of("x", "y"));
        List<List<Object>> out = picked.sinkToList();
        a.emit(Map.of("x", 1, "y", 2, "z", 3));
        assertEquals(List.of(List.of(1, 2)), out);
        assertEquals("<pluck: [x, y]>", picked.toString());
        assertThrows(java.util.NoSuchElementException.class, () -> a.emit(Map.of("x", 1)));
        assertEquals(List.of(List.of(1, 2)), out);
    }

    // test_core.py::test_collect
    @Test
    void collect() {
        Stream<Integer> source1 = new Stream<>();
        Stream<String> source2 = new Stream<>();
        CollectStream<Integer> collector = source1.collect().named("collector");
        ListSink<List<Integer>> out = collector.sinkToList();
        assertEquals("<collector; collect>", collector.toString());
        source2.sink(collector::flush);

        source1.emit(1);
        source1.emit(2);
        assertEquals(List.of(), out);
        source2.emit("anything"); // flushes collector
        assertEquals(List.of(List.of(1, 2)), out);
        source2.emit("anything");
        assertEquals(List.of(List.of(1, 2), List.of()), out);
        source1.emit(3);
        assertEquals(List.of(List.of(1, 2), List.of()), out);
        source2.emit("anything");
        assertEquals(List.of(List.of(1, 2), List.of(), List.of(3)), out);
    }

    // test_core.py::test_map_str (a Java lambda has no __name__: Named gives it one)
    @Test
    void mapStr() {
        BiFunction<Integer, Integer, Integer> add = Named.biFunction("add", (x, y) -> x + y);
        Stream<Integer> source = new Stream<>();
        Stream<Integer> s = source.map(add, 10);
        assertEquals("<map: add>", s.toString());
    }

    // test_core.py::test_filter_str
    @Test
    void filterStr() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> s = source.filter(Named.predicate("iseven", (Integer x) -> x % 2 == 0));
        assertEquals("<filter: iseven>", s.toString());
    }

    // streamz's label of scan(add), as test_graph.py::test_create_file draws it: a start-less accumulate can be named
    @Test
    void accumulateStr() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> s = source.accumulate(Named.binaryOperator("add", Integer::sum));
        assertEquals("<accumulate: add>", s.toString());
        List<Integer> out = s.sinkToList();
        for (int i = 1; i <= 3; i++) {
            source.emit(i);
        }
        assertEquals(List.of(1, 3, 6), out);
    }

    // test_core.py::test_partition_str
    @Test
    void partitionStr() {
        Stream<Integer> source = new Stream<>();
        assertEquals("<partition: 2>", source.partition(2).toString());
    }

    // test_core.py::test_stream_name_str
    @Test
    void streamNameStr() {
        Stream<Integer> source = new Stream<>("this is not a stream");
        assertEquals("<this is not a stream; Stream>", source.toString());
    }

    // test_core.py::test_map_errors_raises; the exception is unchanged, the stage is named on it
    @Test
    void mapErrorsRaises() {
        Stream<Integer> a = new Stream<>();
        List<Integer> out = a.map((Integer x) -> 1 / x).sinkToList();
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> a.emit(0));
        assertEquals("map: <lambda>", StageFailure.stageOf(e));
        a.emit(1);
        assertEquals(List.of(1), out);
    }

    // test_core.py::test_accumulate_errors_raises (with_state=True only changes what is emitted);
    // the state is as before the failing element
    @Test
    void accumulateErrorsRaises() {
        Stream<Integer> a = new Stream<>();
        List<Integer> out = a.accumulate((Integer x, Integer y) -> x / y).sinkToList();
        a.emit(1);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> a.emit(0));
        assertEquals("accumulate: <lambda>", StageFailure.stageOf(e));
        a.emit(1);
        assertEquals(List.of(1, 1), out);
    }
}
