package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Keep;
import io.streamz.ListSink;
import io.streamz.Source;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** streamz's tests of the operators ported last: slice, partition_unique, frequencies, start. */
class RemainingParityTest {

    static java.util.stream.Stream<Arguments> slices() {
        Builder<Arguments> cases = java.util.stream.Stream.builder();
        cases.add(Arguments.of(Arrays.asList(null, null, null), List.of(0, 1, 2, 3, 4, 5)));
        cases.add(Arguments.of(Arrays.asList(1, null, null), List.of(1, 2, 3, 4, 5)));
        cases.add(Arguments.of(Arrays.asList(null, 4, null), List.of(0, 1, 2, 3)));
        cases.add(Arguments.of(Arrays.asList(null, 4, 2), List.of(0, 2)));
        cases.add(Arguments.of(Arrays.asList(3, 1, null), List.of()));
        return cases.build();
    }

    // test_core.py::test_slice (streamz's [] case, slice(), is slice(null, null, null) here)
    @ParameterizedTest
    @MethodSource("slices")
    void slice(List<Integer> pars, List<Integer> expected) {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = a.slice(pars.get(0), pars.get(1), pars.get(2));
        ListSink<Integer> out = b.sinkToList();
        for (int i = 0; i < 6; i++) {
            a.emit(i);
        }
        assertEquals(expected, out);
    }

    // test_core.py::test_slice_err (ValueError in Python)
    @Test
    void sliceErr() {
        Stream<Integer> a = new Stream<>();
        assertThrows(IllegalArgumentException.class, () -> a.slice(null, -1, null));
    }

    static java.util.stream.Stream<Arguments> partitionUniqueCases() {
        Function<Object, Object> identity = x -> x;
        Function<Object, Object> len = x -> ((String) x).length();
        Function<Object, Object> id = x -> ((Map<?, ?>) x).get("id");
        Map<String, Object> bar = Map.of("id", 0, "foo", "bar");
        Map<String, Object> baz = Map.of("id", 0, "foo", "baz");
        Map<String, Object> bat = Map.of("id", 1, "foo", "bat");
        List<Object> ints = List.of(1, 2, 1, 3, 1, 3, 3, 2);
        List<Object> strings = List.of("f", "fo", "f", "foo", "f", "foo", "foo", "fo");
        return java.util.stream.Stream.of(
                Arguments.of(3, identity, Keep.FIRST, ints, List.of(List.of(1, 2, 3), List.of(1, 3, 2))),
                Arguments.of(3, identity, Keep.LAST, ints, List.of(List.of(2, 1, 3), List.of(1, 3, 2))),
                Arguments.of(3, len, Keep.LAST, strings, List.of(List.of("fo", "f", "foo"), List.of("f", "foo", "fo"))),
                Arguments.of(2, id, Keep.FIRST, List.of(bar, baz, bat), List.of(List.of(bar, bat))),
                Arguments.of(2, id, Keep.LAST, List.of(bar, baz, bat), List.of(List.of(baz, bat))));
    }

    // test_core.py::test_partition_unique (key "id" is a function here: keys are functions in Java)
    @ParameterizedTest
    @MethodSource("partitionUniqueCases")
    void partitionUnique(int n, Function<Object, Object> key, Keep keep, List<Object> elements, List<?> expected) {
        Stream<Object> source = new Stream<>();
        ListSink<List<Object>> out = source.partitionUnique(n, key, keep).sinkToList();
        elements.forEach(source::emit);
        assertEquals(expected, out);
    }

    // test_core.py::test_frequencies
    @Test
    void frequencies() {
        Stream<String> source = new Stream<>();
        ListSink<Map<String, Long>> out = source.frequencies().sinkToList();
        source.emit("a");
        source.emit("b");
        source.emit("a");
        assertEquals(Map.of("a", 2L, "b", 1L), out.get(out.size() - 1));
    }

    // test_core.py::test_start: start() on a node starts the (custom) source upstream
    @Test
    void start() {
        List<Boolean> flag = new ArrayList<>();
        Source<Integer> mySource = new Source<>(new VirtualTimeLoop(), context -> {
            flag.add(true);
            return () -> {};
        });
        Stream<Integer> s = mySource.map(x -> x + 1);
        s.start();
        assertEquals(List.of(true), flag);
    }
}
