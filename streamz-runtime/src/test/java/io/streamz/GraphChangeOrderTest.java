package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Emits from a thread other than the loop's hop onto the loop and return at once; a graph change
 * made afterwards by the same thread must not overtake them.
 */
class GraphChangeOrderTest {
    private static final int COUNT = 2_000;

    @Test
    void destroyFromAnotherThreadComesAfterTheEmitsItQueued() {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("graph-change-test")) {
            Stream<Integer> source = new Stream<>(loop);
            ListSink<Integer> out = source.map(x -> x * 2).sinkToList();
            for (int i = 0; i < COUNT; i++) {
                source.emit(i);
            }
            out.destroy();
            assertEquals(expectedDoubles(), out.snapshot());
            source.emitAndWait(-1);
            assertEquals(COUNT, out.size(), "nothing reaches a destroyed sink");
            assertFalse(GlobalSinks.contains(out.sink()));
        }
    }

    @Test
    void disconnectAndConnectFromAnotherThreadKeepTheirPlaceInLine() {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("graph-change-test")) {
            Stream<Integer> source = new Stream<>(loop);
            Stream<Integer> doubled = source.map(x -> x * 2);
            ListSink<Integer> out = doubled.sinkToList();
            for (int i = 0; i < COUNT; i++) {
                source.emit(i);
            }
            source.disconnect(doubled);
            source.emit(COUNT);
            source.connect(doubled);
            source.emitAndWait(COUNT + 1);
            List<Integer> expected = new java.util.ArrayList<>(expectedDoubles());
            expected.add(2 * (COUNT + 1));
            assertEquals(expected, out.snapshot());
        }
    }

    @Test
    void aFailedChangeOnTheLoopReachesTheCaller() {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("graph-change-test")) {
            Stream<Integer> source = new Stream<>(loop);
            Stream<Integer> stranger = new Stream<>(loop);
            assertThrows(IllegalArgumentException.class, () -> source.disconnect(stranger));
        }
    }

    private static List<Integer> expectedDoubles() {
        return IntStream.range(0, COUNT).map(i -> i * 2).boxed().collect(Collectors.toList());
    }
}
