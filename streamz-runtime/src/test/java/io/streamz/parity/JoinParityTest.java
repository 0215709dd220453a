package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py}, the joins: zip, combine_latest, zip_latest, their
 * connect/disconnect tests and test_execution_order. Tuples are {@code List<Object>}.
 */
class JoinParityTest {

    // test_core.py::test_zip (sz.zip(a, b) is a.zip(b); then zip of three streams)
    @Test
    void zip() {
        Stream<Integer> a = new Stream<>();
        Stream<Object> b = new Stream<>();
        List<List<Object>> out = a.zip(b).sinkToList();
        a.emit(1);
        b.emit("a");
        a.emit(2);
        b.emit("b");
        assertEquals(List.of(List.of(1, "a"), List.of(2, "b")), out);

        Stream<Integer> d = new Stream<>();
        List<List<Object>> out2 = a.zip(b, d).sinkToList();
        a.emit(1);
        b.emit(2);
        d.emit(3);
        assertEquals(List.of(List.of(1, 2, 3)), out2);
    }

    // test_core.py::test_zip_literals
    @Test
    void zipLiterals() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        List<List<Object>> out = a.zip(123, b).sinkToList();
        a.emit(1);
        b.emit(2);
        assertEquals(List.of(List.of(1, 123, 2)), out);
        a.emit(4);
        b.emit(5);
        assertEquals(List.of(List.of(1, 123, 2), List.of(4, 123, 5)), out);
    }

    // test_core.py::test_zip_same
    @Test
    void zipSame() {
        Stream<Integer> a = new Stream<>();
        List<List<Object>> out = a.zip(a).sinkToList();
        a.emit(1);
        a.emit(2);
        assertEquals(List.of(List.of(1, 1), List.of(2, 2)), out);
    }

    // test_core.py::test_zip_timeout (zip(a, b, maxsize=2)): the third element over maxsize waits for the next tuple
    @Test
    void zipTimeout() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> a = new Stream<>(loop);
        Stream<String> b = new Stream<>(loop);
        List<List<Object>> out = a.zipWithMaxsize(2, b).sinkToList();
        assertTrue(a.emit(1).toCompletableFuture().isDone());
        assertTrue(a.emit(2).toCompletableFuture().isDone());
        CompletableFuture<Void> future = a.emit(3).toCompletableFuture();
        loop.advanceBy(0.01);
        assertFalse(future.isDone(), "with_timeout(0.01) raises: still waiting");
        b.emit("a");
        loop.await(future);
        assertEquals(List.of(List.of(1, "a")), out);
    }

    // test_core.py::test_combine_latest (with and without emit_on=[a, b])
    @Test
    void combineLatest() {
        Stream<Integer> a = new Stream<>();
        Stream<String> b = new Stream<>();
        Stream<List<Object>> c = a.combineLatest(b);
        Stream<List<Object>> d = a.combineLatest(List.of(b), List.of(a, b));
        List<List<Object>> out = c.sinkToList();
        List<List<Object>> out2 = d.sinkToList();
        a.emit(1);
        a.emit(2);
        b.emit("a");
        a.emit(3);
        b.emit("b");
        List<List<Object>> expected = List.of(List.of(2, "a"), List.of(3, "a"), List.of(3, "b"));
        assertEquals(expected, out);
        assertEquals(expected, out2);
    }

    // test_core.py::test_combine_latest_emit_on
    @Test
    void combineLatestEmitOn() {
        Stream<Integer> a = new Stream<>();
        Stream<String> b = new Stream<>();
        List<List<Object>> out = a.combineLatest(List.of(b), List.of(a)).sinkToList();
        a.emit(1);
        b.emit("a");
        a.emit(2);
        a.emit(3);
        b.emit("b");
        a.emit(4);
        assertEquals(List.of(List.of(2, "a"), List.of(3, "a"), List.of(4, "b")), out);
    }

    // test_core.py::test_combine_latest_emit_on_stream (emit_on=0); emitOn takes streams, not indices
    @Test
    void combineLatestEmitOnStream() {
        Stream<Integer> a = new Stream<>();
        Stream<String> b = new Stream<>();
        List<Stream<?>> inputs = List.of(a, b);
        List<List<Object>> out =
                a.combineLatest(List.of(b), List.of(inputs.get(0))).sinkToList();
        a.emit(1);
        b.emit("a");
        a.emit(2);
        a.emit(3);
        b.emit("b");
        a.emit(4);
        assertEquals(List.of(List.of(2, "a"), List.of(3, "a"), List.of(4, "b")), out);
    }

    // test_core.py::test_zip_latest
    @Test
    void zipLatest() {
        Stream<Integer> a = new Stream<>();
        Stream<String> b = new Stream<>();
        List<List<Object>> out = a.zipLatest(b).sinkToList();
        List<List<Object>> out2 = a.combineLatest(List.of(b), List.of(a)).sinkToList();
        a.emit(1);
        a.emit(2);
        b.emit("a");
        b.emit("b");
        a.emit(3);
        assertEquals(List.of(List.of(1, "a"), List.of(2, "a"), List.of(3, "b")), out);
        assertEquals(List.of(List.of(3, "b")), out2);
    }

    // test_core.py::test_zip_latest_reverse
    @Test
    void zipLatestReverse() {
        Stream<Integer> a = new Stream<>();
        Stream<String> b = new Stream<>();
        List<List<Object>> out = a.zipLatest(b).sinkToList();
        b.emit("a");
        a.emit(1);
        a.emit(2);
        a.emit(3);
        b.emit("b");
        a.emit(4);
        assertEquals(List.of(List.of(1, "a"), List.of(2, "a"), List.of(3, "a"), List.of(4, "b")), out);
    }

    // test_core.py::test_triple_zip_latest: held lossless elements pair with the others' latest at drain time
    @Test
    void tripleZipLatest() {
        Stream<Integer> s1 = new Stream<>();
        Stream<String> s2 = new Stream<>();
        Stream<String> s3 = new Stream<>();
        List<List<Object>> out = s1.zipLatest(s2, s3).sinkToList();
        s1.emit(1);
        s2.emit("I");
        s2.emit("II");
        s1.emit(2);
        s2.emit("III");
        s3.emit("a");
        s3.emit("b");
        s1.emit(3);
        assertEquals(List.of(List.of(1, "III", "a"), List.of(2, "III", "a"), List.of(3, "III", "b")), out);
    }

    // test_core.py::test_connect_zip
    @Test
    void connectZip() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> c = new Stream<>();
        Stream<List<Object>> x = a.zip(b);
        List<List<Object>> out = x.sinkToList();
        c.connect(x);
        a.emit(1);
        b.emit(1);
        assertEquals(List.of(), out);
        c.emit(1);
        assertEquals(List.of(List.of(1, 1, 1)), out);
    }

    // test_core.py::test_disconnect_zip
    @Test
    void disconnectZip() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> c = new Stream<>();
        Stream<List<Object>> x = a.zip(b, c);
        List<List<Object>> out = x.sinkToList();
        b.disconnect(x);
        a.emit(1);
        b.emit(1);
        assertEquals(List.of(), out);
        c.emit(1);
        assertEquals(List.of(List.of(1, 1)), out);
    }

    // test_core.py::test_connect_combine_latest
    @Test
    void connectCombineLatest() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> c = new Stream<>();
        Stream<List<Object>> x = a.combineLatest(List.of(b), List.of(a));
        List<List<Object>> out = x.sinkToList();
        c.connect(x);
        b.emit(1);
        c.emit(1);
        a.emit(1);
        assertEquals(List.of(List.of(1, 1, 1)), out);
    }

    // test_core.py::test_connect_discombine_latest
    @Test
    void connectDiscombineLatest() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> c = new Stream<>();
        Stream<List<Object>> x = a.combineLatest(List.of(b, c), List.of(a));
        List<List<Object>> out = x.sinkToList();
        c.disconnect(x);
        b.emit(1);
        c.emit(1);
        a.emit(1);
        assertEquals(List.of(List.of(1, 1)), out);
    }

    // test_core.py::test_execution_order: branches fire in attach order, so the same graph built
    // the same way always gives the same output, and swapping the attach order changes it
    @Test
    void executionOrder() {
        List<List<List<Object>>> bFirst = new ArrayList<>();
        List<List<List<Object>>> aFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bFirst.add(runPlucks(true));
            aFirst.add(runPlucks(false));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(bFirst.get(0), bFirst.get(i));
            assertEquals(aFirst.get(0), aFirst.get(i));
            assertNotEquals(bFirst.get(i), aFirst.get(i));
        }
        assertEquals(List.of(List.of(1, "red"), List.of(2, "blue"), List.of(3, "green")), bFirst.get(0));
        assertEquals(List.of(List.of(2, "red"), List.of(3, "blue")), aFirst.get(0));
    }

    private static List<List<Object>> runPlucks(boolean attachBFirst) {
        Stream<List<Object>> s = new Stream<>();
        Stream<Object> b;
        Stream<Object> a;
        if (attachBFirst) {
            b = s.pluck(1);
            a = s.pluck(0);
        } else {
            a = s.pluck(0);
            b = s.pluck(1);
        }
        List<List<Object>> out = a.combineLatest(List.of(b), List.of(a)).sinkToList();
        for (List<Object> z :
                List.of(List.<Object>of(1, "red"), List.<Object>of(2, "blue"), List.<Object>of(3, "green"))) {
            s.emit(z);
        }
        return out;
    }
}
