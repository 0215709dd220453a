package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py}, the graph's life: connect, disconnect, destroy, garbage
 * collection and subclassing.
 */
class LifecycleParityTest {

    // test_core.py::test_connect (map(L.append) becomes a map whose function appends)
    @Test
    void connect() {
        Stream<Integer> sourceDownstream = new Stream<>();
        assertEquals(List.of(), sourceDownstream.downstreams());
        assertEquals(List.of(), sourceDownstream.upstreams());

        Stream<Integer> sourceUpstream = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        Stream<Boolean> sout = sourceDownstream.map(x -> x + 1).map(seen::add);
        sourceUpstream.connect(sourceDownstream);
        sourceUpstream.emit(2);
        sourceUpstream.emit(4);
        assertEquals(List.of(3, 5), seen);
        assertEquals(List.of(sourceUpstream), sourceDownstream.upstreams());
        assertEquals(1, sout.upstreams().size());
    }

    // test_core.py::test_multi_connect: a third input connected to a union
    @Test
    void multiConnect() {
        Stream<Integer> source0 = new Stream<>();
        Stream<Integer> source1 = new Stream<>();
        Stream<Integer> sourceDownstream = source0.union(source1);
        assertEquals(List.of(), sourceDownstream.downstreams());

        Stream<Integer> sourceUpstream = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        Stream<Boolean> sout = sourceDownstream.map(x -> x + 1).map(seen::add);
        sourceUpstream.connect(sourceDownstream);
        sourceUpstream.emit(2);
        sourceUpstream.emit(4);
        assertEquals(List.of(3, 5), seen);
        assertEquals(List.of(source0, source1, sourceUpstream), sourceDownstream.upstreams());
        assertEquals(1, sout.upstreams().size());
    }

    // test_core.py::test_disconnect
    @Test
    void disconnect() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> upstream = new Stream<>();
        List<Integer> out = upstream.sinkToList();
        source.emit(1);
        assertEquals(List.of(), out);
        source.connect(upstream);
        source.emit(2);
        source.emit(3);
        assertEquals(List.of(2, 3), out);
        source.disconnect(upstream);
        source.emit(4);
        assertEquals(List.of(2, 3), out);
    }

    // test_core.py::test_gc: an unreferenced branch stops receiving once collected
    @Test
    void gc() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        Stream<Boolean> a = source.map(seen::add);
        source.emit(1);
        assertEquals(List.of(1), seen);

        WeakReference<Stream<Boolean>> ref = new WeakReference<>(a);
        a = null;
        assertTrue(collected(ref), "the branch was not collected");
        assertTrue(source.downstreams().isEmpty());
        source.emit(2);
        assertEquals(List.of(1), seen);
    }

    // test_core.py::test_destroy
    @Test
    void destroy() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> s = source.map(x -> x + 1);
        List<Integer> out = s.sinkToList();
        source.emit(1);
        assertEquals(List.of(2), out);
        s.destroy();
        assertEquals(List.of(), source.downstreams());
        assertEquals(List.of(), s.upstreams());
        source.emit(2);
        assertEquals(List.of(2), out);
    }

    // test_core.py::test_subclass: register_api has no Java counterpart; a user's subclass is a
    // Stream, with every operator, and can be a source with its own methods
    @Test
    void subclass() {
        final class Counter extends Stream<Integer> {
            private int next;

            void tick() {
                emit(next++);
            }
        }
        Counter counter = new Counter();
        List<Integer> out = counter.map(x -> x * 10).sinkToList();
        counter.tick();
        counter.tick();
        assertEquals(List.of(0, 10), out);
        assertEquals("<Stream>", counter.toString());
    }

    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int attempt = 0; attempt < 50 && ref.get() != null; attempt++) {
            System.gc();
            if (ref.get() != null) {
                Thread.sleep(10); // lets the collector finish; not a timing assumption
            }
        }
        return ref.get() == null;
    }
}
