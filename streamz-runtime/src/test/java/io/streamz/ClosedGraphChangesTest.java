package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A closed graph stays closed: attaching a stage to it or connecting it to another graph fails
 * with a {@link StreamClosedException} naming the closed node, before anything changes (no node
 * attached, no sink registered in {@link GlobalSinks}, no element delivered into the closed
 * graph's sinks), and starting its sources does nothing.
 */
class ClosedGraphChangesTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    @Test
    void aStageAttachedToAClosedGraphFailsAndRegistersNothing() {
        Stream<Integer> source = new Stream<>("source");
        Stream<Integer> doubled = source.map(x -> x * 2);
        source.close();
        int sinks = GlobalSinks.size();
        StreamClosedException e = assertThrows(StreamClosedException.class, doubled::sinkToList);
        assertEquals("attach a stage to <map: <lambda>>: the graph is closed", e.getMessage());
        assertThrows(StreamClosedException.class, () -> source.sink(x -> {}));
        assertThrows(StreamClosedException.class, () -> source.map(x -> x));
        assertThrows(StreamClosedException.class, () -> new Stream<Integer>().union(source));
        assertThrows(StreamClosedException.class, () -> new Stream<Integer>().zip(doubled));
        assertEquals(sinks, GlobalSinks.size(), "no sink of a closed graph is kept alive");
        assertEquals(List.of(doubled), source.downstreams());
        assertEquals(List.of(), doubled.downstreams());
    }

    @Test
    void aTimeStageAttachedToAClosedGraphFailsAndSchedulesNothing() {
        Stream<Integer> source = new Stream<>(loop);
        source.close();
        assertThrows(StreamClosedException.class, () -> source.delay(Duration.ofSeconds(1)));
        assertThrows(StreamClosedException.class, () -> source.timedWindow(Duration.ofSeconds(1)));
        assertEquals(0, loop.pendingTasks());
        assertEquals(List.of(), source.downstreams());
    }

    @Test
    void connectingAnOpenGraphToAClosedOneFailsEitherWay() {
        Stream<Integer> open = new Stream<>("open");
        Stream<Integer> closed = new Stream<>("closed");
        ListSink<Integer> closedOut = closed.sinkToList();
        closed.close();
        StreamClosedException into = assertThrows(StreamClosedException.class, () -> open.connect(closed));
        assertEquals("connect <open; Stream> to <closed; Stream>: the graph is closed", into.getMessage());
        StreamClosedException from = assertThrows(StreamClosedException.class, () -> closed.connect(open));
        assertEquals("connect <closed; Stream> to <open; Stream>: the graph is closed", from.getMessage());
        assertEquals(List.of(), open.downstreams());
        assertEquals(List.of(), open.upstreams());
        open.emit(1);
        assertEquals(List.of(), closedOut, "nothing reaches the closed graph's sinks");
        assertFalse(open.isClosed());
    }

    @Test
    void startingTheSourcesOfAClosedGraphDoesNothing() {
        Source<Integer> numbers = Source.fromIterable(List.of(1, 2, 3), loop);
        ListSink<Integer> out = numbers.sinkToList();
        numbers.close();
        out.sink().start();
        loop.runDue();
        assertTrue(numbers.isStopped(), "a closed graph's sources stay stopped");
        assertEquals(List.of(), out);
        assertEquals(List.of(), loop.failures(), "no element was emitted into the closed graph");
    }

    @Test
    void aGraphClosedFromItsOwnSinkStopsItsPartitionTimerToo() {
        // close() from inside a sink: the element in flight still reaches the siblings after it;
        // a partition with a timeout must not schedule a flush into the closed graph
        Stream<Integer> source = new Stream<>(loop);
        source.sink(x -> source.close());
        ListSink<List<Integer>> batches =
                source.partition(2, Duration.ofSeconds(1)).sinkToList();
        StreamClosedException refused = assertThrows(StreamClosedException.class, () -> source.emit(1));
        assertEquals("the graph of <Stream> was closed: the graph is closed", refused.getMessage());
        loop.advanceBy(Duration.ofSeconds(5));
        assertEquals(List.of(), batches, "no flush after close");
        assertEquals(0, loop.pendingTasks());
    }
}
