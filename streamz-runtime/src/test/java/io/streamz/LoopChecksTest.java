package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loop checks of joins and time operators fail with the operator's own message, before the
 * node is built (the node's constructor would fail too, later and in other words).
 */
class LoopChecksTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> looped = new Stream<>("looped", loop);
    private final Stream<Integer> elsewhere = new Stream<>("elsewhere", new VirtualTimeLoop());

    @Test
    void joinsOverTwoLoopsNameTheJoin() {
        String tail = " (at <elsewhere; Stream>); a graph runs on one loop";
        IllegalStateException zip =
                assertThrows(IllegalStateException.class, () -> looped.zipWithMaxsize(2, 7, elsewhere));
        assertTrue(zip.getMessage().startsWith("zip: its inputs run on two different event loops, "), zip.getMessage());
        assertTrue(zip.getMessage().endsWith(tail), zip.getMessage());
        IllegalStateException latest = assertThrows(
                IllegalStateException.class, () -> looped.combineLatest(List.of(elsewhere), List.of(looped)));
        assertTrue(
                latest.getMessage().startsWith("combineLatest: its inputs run on two different event loops, "),
                latest.getMessage());
        assertTrue(latest.getMessage().endsWith(tail), latest.getMessage());
        assertEquals(List.of(), looped.downstreams());
        assertEquals(List.of(), elsewhere.downstreams());
    }

    @Test
    void timeOperatorsOnAClosedLoopNameTheOperator() {
        ScheduledEventLoop closedLoop = new ScheduledEventLoop("checks-closed");
        Stream<Integer> onClosedLoop = new Stream<>("onClosedLoop", closedLoop);
        closedLoop.close();
        LoopClosedException window =
                assertThrows(LoopClosedException.class, () -> onClosedLoop.alignedTimedWindow(Duration.ofSeconds(1)));
        assertTrue(
                window.getMessage().contains("alignedTimedWindow cannot be attached to a graph whose loop is closed"),
                window.getMessage());
        LoopClosedException partition = assertThrows(
                LoopClosedException.class, () -> onClosedLoop.partition(2, Duration.ofSeconds(1), x -> x % 2));
        assertTrue(
                partition.getMessage().contains("partition cannot be attached to a graph whose loop is closed"),
                partition.getMessage());
        assertEquals(List.of(), onClosedLoop.downstreams());
    }
}
