package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Branching order, failures across branches, garbage collection, destroy, connect and disconnect. */
class GraphLifecycleTest {

    @Test
    void branchesRunDepthFirstInAttachOrder() {
        Stream<Integer> source = new Stream<>();
        List<String> trace = new ArrayList<>();
        Stream<Integer> a = source.map(x -> {
            trace.add("a");
            return x;
        });
        a.sink(x -> trace.add("a1"));
        a.sink(x -> trace.add("a2"));
        source.sink(x -> trace.add("b"));
        source.emit(1);
        assertEquals(List.of("a", "a1", "a2", "b"), trace);
    }

    @Test
    void aFailingStageStopsTheElementBeforeLaterSiblings() {
        Stream<Integer> source = new Stream<>();
        List<String> trace = new ArrayList<>();
        Stream<Integer> a = source.map(x -> {
            trace.add("a" + x);
            return x;
        });
        a.sink(Named.consumer("fragile", (Integer x) -> {
            if (x == 0) {
                throw new IllegalStateException("zero");
            }
            trace.add("a1:" + x);
        }));
        a.sink(x -> trace.add("a2:" + x));
        source.sink(x -> trace.add("b:" + x));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit(0));
        assertEquals("sink: fragile", StageFailure.stageOf(e));
        assertEquals(List.of("a0"), trace, "earlier stages ran; later siblings did not");
        source.emit(1);
        assertEquals(List.of("a0", "a1", "a1:1", "a2:1", "b:1"), trace);
    }

    @Test
    void anUnreferencedDownstreamStopsReceivingOnceCollected() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        AtomicInteger calls = new AtomicInteger();
        WeakReference<Stream<Integer>> branch = unreferencedMap(source, calls);
        assertTrue(Gc.collects(branch), "nothing references the map node");
        source.emit(1);
        assertEquals(0, calls.get());
        assertEquals(List.of(), source.downstreams());
    }

    private static WeakReference<Stream<Integer>> unreferencedMap(Stream<Integer> source, AtomicInteger calls) {
        return new WeakReference<>(source.map(x -> calls.incrementAndGet()));
    }

    @Test
    void aSinkStaysAliveWithoutAReferenceAndKeepsItsChainAlive() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        WeakReference<Sink<Integer>> sink = unreferencedSink(source, seen);
        Gc.collectAFewTimes();
        assertNotNull(sink.get());
        source.emit(1);
        assertEquals(List.of(2), seen, "the map above the sink is alive too");
        sink.get().destroy();
        assertTrue(Gc.collects(sink), "a destroyed sink can be collected");
        source.emit(2);
        assertEquals(List.of(2), seen);
    }

    private static WeakReference<Sink<Integer>> unreferencedSink(Stream<Integer> source, List<Integer> seen) {
        return new WeakReference<>(source.map(x -> x + 1).sink(seen::add));
    }

    @Test
    void clearingGlobalSinksLetsAnUnreferencedSinkBeCollected() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        WeakReference<Sink<Integer>> sink = unreferencedSink(source, seen);
        assertTrue(GlobalSinks.contains(sink.get()));
        GlobalSinks.clear();
        assertEquals(0, GlobalSinks.size());
        assertTrue(Gc.collects(sink));
        source.emit(1);
        assertEquals(List.of(), seen);
    }

    @Test
    void aReferencedNodeKeepsWorkingAcrossCollections() {
        Stream<Integer> source = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        Stream<Integer> kept = source.map(x -> {
            seen.add(x);
            return x;
        });
        Gc.collectAFewTimes();
        source.emit(7);
        assertEquals(List.of(7), seen);
        Reference.reachabilityFence(kept);
    }

    @Test
    void destroyDisconnectsANodeFromItsUpstreams() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> doubled = source.map(x -> x * 2);
        ListSink<Integer> out = doubled.sinkToList();
        source.emit(1);
        doubled.destroy();
        source.emit(2);
        assertEquals(List.of(2), out);
        assertEquals(List.of(), doubled.upstreams());
        assertEquals(List.of(), source.downstreams());
        doubled.emit(5);
        assertEquals(List.of(2, 5), out, "its downstreams are untouched");
    }

    @Test
    void destroyFromSomeUpstreamsOnly() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<Integer> both = a.union(b);
        ListSink<Integer> out = both.sinkToList();
        both.destroy(a);
        a.emit(1);
        b.emit(2);
        assertEquals(List.of(2), out);
        assertEquals(List.of(b), both.upstreams());
    }

    @Test
    void destroyFromANodeThatIsNotAnUpstreamDisconnectsFromNone() {
        Stream<Integer> a = new Stream<>("a");
        Stream<Integer> b = new Stream<>("b");
        Stream<Integer> both = a.union(b);
        ListSink<Integer> out = both.sinkToList();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> both.destroy(a, new Stream<Integer>("stranger")));
        assertEquals("destroy: <stranger; Stream> is not an upstream of <union>", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class, () -> both.destroy(b, null));
        assertEquals("destroy: fromUpstreams[1] must not be null", n.getMessage());
        assertEquals(List.of(a, b), both.upstreams(), "all or nothing");
        a.emit(1);
        b.emit(2);
        assertEquals(List.of(1, 2), out);
    }

    @Test
    void aSecondDestroyOfASinkThrows() {
        Stream<Integer> source = new Stream<>();
        Sink<Integer> sink = source.sink(Named.consumer("print", (Integer x) -> {}));
        sink.destroy();
        assertFalse(GlobalSinks.contains(sink));
        IllegalStateException e = assertThrows(IllegalStateException.class, sink::destroy);
        assertEquals("<sink: print> is already destroyed", e.getMessage());
    }

    @Test
    void connectAndDisconnectAPlainStream() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> relay = new Stream<>();
        ListSink<Integer> out = relay.sinkToList();
        source.connect(relay);
        source.connect(relay);
        source.emit(1);
        assertEquals(List.of(1), out, "connecting twice delivers once, as streamz's set of downstreams");
        source.disconnect(relay);
        source.emit(2);
        assertEquals(List.of(1), out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.disconnect(relay));
        assertEquals("disconnect: <Stream> is not connected downstream of <Stream>", e.getMessage());
    }

    @Test
    void aFeedbackLoopThroughASinkOrConnect() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> halves = source.filter(x -> x % 2 == 0).map(x -> x / 2);
        ListSink<Integer> seen = source.sinkToList();
        halves.sink(source::emit);
        source.emit(40);
        assertEquals(List.of(5, 10, 20, 40), seen, "the list sink was attached after the loop's branch: post-order");

        Stream<Integer> other = new Stream<>();
        ListSink<Integer> otherSeen = other.sinkToList();
        other.filter(x -> x > 0).map(x -> x - 1).connect(other);
        other.emit(3);
        assertEquals(List.of(3, 2, 1, 0), otherSeen, "attached before the loop's branch: pre-order");
    }

    @Test
    void withoutInputNoOperatorEmitsAnything() {
        Stream<List<Integer>> source = new Stream<>();
        Stream<Integer> other = new Stream<>();
        List<ListSink<?>> outs = List.of(
                source.map(x -> x).sinkToList(),
                source.filter().sinkToList(),
                source.<Integer>flatten().sinkToList(),
                source.partition(1).sinkToList(),
                source.slidingWindow(1, true).sinkToList(),
                source.union().sinkToList(),
                source.unique().sinkToList(),
                source.zip(other).sinkToList(),
                source.combineLatest(other).sinkToList(),
                source.zipLatest(other).sinkToList(),
                source.pluck(0).sinkToList(),
                source.starmap((Integer a, Integer b) -> a + b).sinkToList(),
                source.collect().sinkToList(),
                source.accumulate((List<Integer> a, List<Integer> b) -> a).sinkToList());
        other.emit(1);
        for (ListSink<?> out : outs) {
            assertEquals(List.of(), out, out.sink().upstreams().get(0).toString());
        }
    }
}
