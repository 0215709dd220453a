package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.ListSink;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py}, partition and sliding_window; the timeouts run on a
 * {@link VirtualTimeLoop} where streamz sleeps.
 */
class WindowParityTest {

    // test_core.py::test_partition
    @Test
    void partition() {
        Stream<Integer> source = new Stream<>();
        List<List<Integer>> out = source.partition(2).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4, 5), List.of(6, 7), List.of(8, 9)), out);
    }

    // test_core.py::test_partition_timeout (partition(10, timeout=0.01), then sleep(0.1))
    @Test
    void partitionTimeout() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        List<List<Integer>> out = source.partition(10, 0.01).sinkToList();
        for (int i = 0; i < 5; i++) {
            source.emit(i);
        }
        loop.advanceBy(0.009);
        assertEquals(List.of(), out);
        loop.advanceBy(0.091);
        assertEquals(List.of(List.of(0, 1, 2, 3, 4)), out);
    }

    // test_core.py::test_partition_timeout_cancel: a full partition cancels its timer; the next one gets its own
    @Test
    void partitionTimeoutCancel() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        List<List<Integer>> out = source.partition(3, 0.1).sinkToList();
        for (int i = 0; i < 3; i++) {
            source.emit(i);
        }
        loop.advanceBy(0.09);
        source.emit(3);
        loop.advanceBy(0.02);
        assertEquals(List.of(List.of(0, 1, 2)), out);
        loop.advanceBy(0.09);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3)), out);
    }

    // test_core.py::test_partition_key (key=0 indexes the element; in Java the key is a function)
    @Test
    void partitionKey() {
        Stream<List<Integer>> source = new Stream<>();
        List<List<List<Integer>>> out =
                source.partition(2, (List<Integer> x) -> x.get(0)).sinkToList();
        for (int i = 0; i < 4; i++) {
            source.emit(List.of(i % 2, i));
        }
        assertEquals(List.of(List.of(List.of(0, 0), List.of(0, 2)), List.of(List.of(1, 1), List.of(1, 3))), out);
    }

    // test_core.py::test_partition_key_callable
    @Test
    void partitionKeyCallable() {
        Stream<Integer> source = new Stream<>();
        List<List<Integer>> out = source.partition(2, (Integer x) -> x % 2).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(List.of(List.of(0, 2), List.of(1, 3), List.of(4, 6), List.of(5, 7)), out);
    }

    // test_core.py::test_partition_size_one: n = 1 with a timeout emits at once and leaves no timer behind
    @Test
    void partitionSizeOne() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        List<List<Integer>> seen = new ArrayList<>();
        source.partition(1, 0.01).sink(seen::add);
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(10, seen.size());
        assertEquals(List.of(9), seen.get(9));
        assertEquals(0, loop.pendingTasks());
        loop.advanceBy(1.0);
        assertEquals(10, seen.size());
        assertEquals(List.of(), loop.failures());
    }

    // a timeout of zero seconds is refused like a zero Duration, naming the stage
    @Test
    void partitionTimeoutMustBePositive() {
        Stream<Integer> source = new Stream<>(new VirtualTimeLoop());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.partition(2, 0.0));
        assertEquals("partition: timeout must be > 0, not PT0S", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> source.partition(2, -1.0, (Integer x) -> x));
        assertEquals(List.of(), source.downstreams());
    }

    // test_core.py::test_partition_timeout with a key: each key's partial partition has its own timer
    @Test
    void partitionTimeoutPerKey() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        ListSink<List<Integer>> out =
                source.partition(3, 0.5, (Integer x) -> x % 2).sinkToList();
        source.emit(1);
        loop.advanceTo(Duration.ofMillis(200));
        source.emit(2);
        loop.advanceTo(Duration.ofMillis(500));
        assertEquals(List.of(List.of(1)), out);
        loop.advanceTo(Duration.ofMillis(700));
        assertEquals(List.of(List.of(1), List.of(2)), out);
    }

    // test_core.py::test_sliding_window; OUR default emits only full windows (the seed's behaviour),
    // slidingWindow(n, true) is streamz's default return_partial=True
    @Test
    void slidingWindow() {
        Stream<Integer> source = new Stream<>();
        List<List<Integer>> partial = source.slidingWindow(2, true).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        assertEquals(
                List.of(
                        List.of(0),
                        List.of(0, 1),
                        List.of(1, 2),
                        List.of(2, 3),
                        List.of(3, 4),
                        List.of(4, 5),
                        List.of(5, 6),
                        List.of(6, 7),
                        List.of(7, 8),
                        List.of(8, 9)),
                partial);

        List<List<Integer>> full = source.slidingWindow(2).sinkToList();
        List<List<Integer>> explicitlyFull = source.slidingWindow(2, false).sinkToList();
        for (int i = 0; i < 10; i++) {
            source.emit(i);
        }
        List<List<Integer>> expected = List.of(
                List.of(0, 1),
                List.of(1, 2),
                List.of(2, 3),
                List.of(3, 4),
                List.of(4, 5),
                List.of(5, 6),
                List.of(6, 7),
                List.of(7, 8),
                List.of(8, 9));
        assertEquals(expected, full);
        assertEquals(expected, explicitlyFull);
    }
}
