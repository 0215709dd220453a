package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.source.PeriodicDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code fromIterable} and {@code fromPeriodic} on virtual time. */
class IterablePeriodicSourceTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    // test_sources.py::test_from_iterable
    @Test
    void fromIterableEmitsEveryItemThenStops() {
        Source<Integer> source = Source.fromIterable(List.of(0, 1, 2), loop);
        ListSink<Integer> out = source.sinkToList();
        source.start();
        assertEquals(List.of(), out, "items go out from the loop, not inside start()");
        loop.runDue();
        assertEquals(List.of(0, 1, 2), out);
        assertTrue(source.isStopped());
        assertEquals("<fromIterable>", source.toString());
    }

    // test_sources.py::test_from_iterable_backpressure: 1 waits in the rate limit, 2 is not taken yet
    @Test
    void fromIterablePullsOneItemAtATimeUnderBackPressure() {
        Iterator<Integer> items = IntStream.range(0, 5).iterator();
        Source<Integer> source = Source.fromIterable(() -> items, loop);
        ListSink<Integer> out = source.rateLimit(0.1).sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(0), out);
        assertEquals(2, items.next());
        loop.advanceBy(0.1);
        assertEquals(List.of(0, 1), out);
        loop.advanceBy(1.0);
        assertEquals(List.of(0, 1, 3, 4), out);
    }

    // test_sources.py::test_from_iterable_stop
    @Test
    void fromIterableStopsEmittingWhenStoppedAndResumesOnStart() {
        Source<Integer> source = Source.fromIterable(List.of(0, 1, 2, 3, 4), loop);
        ListSink<Integer> out = source.rateLimit(0.01).sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(0), out);
        source.stop();
        assertTrue(source.isStopped());
        loop.advanceBy(1.0);
        assertEquals(List.of(0, 1), out, "the item waiting in the rate limit when stopped still goes through");

        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of(0, 1, 2, 3, 4), out, "a restart resumes with the next item");
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of(0, 1, 2, 3, 4, 0, 1, 2, 3, 4), out, "once ran out, a collection starts over");
    }

    @Test
    void fromIterableWaitsForAnAsynchronousSink() {
        Source<Integer> source = Source.fromIterable(List.of(1, 2, 3), loop);
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        source.start();
        loop.runDue();
        assertEquals(List.of(1), written);
        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of(1, 2), written);
        writes.get(1).complete(null);
        loop.runDue();
        writes.get(2).complete(null);
        loop.runDue();
        assertEquals(List.of(1, 2, 3), written);
        assertTrue(source.isStopped());
    }

    @Test
    void aLongIterableHandsTheLoopBackBetweenBursts() {
        Source<Integer> source =
                Source.fromIterable(() -> IntStream.range(0, 1000).iterator(), loop);
        ListSink<Integer> out = source.sinkToList();
        List<Integer> seenByTimer = new ArrayList<>();
        source.start();
        loop.execute(() -> seenByTimer.add(out.size()));
        loop.runDue();
        assertEquals(1000, out.size());
        assertTrue(seenByTimer.get(0) < 1000, "a task queued meanwhile ran between bursts: " + seenByTimer);
    }

    @Test
    void anIteratorThatThrowsStopsTheSource() {
        Iterator<Integer> broken = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (n == 2) {
                    throw new NoSuchElementException("no third");
                }
                return n++;
            }
        };
        Source<Integer> source = Source.fromIterable(() -> broken, loop);
        ListSink<Integer> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(0, 1), out);
        assertTrue(source.isStopped());
        IllegalStateException reported =
                assertInstanceOf(IllegalStateException.class, loop.failures().get(0));
        assertEquals("<fromIterable> stopped: java.util.NoSuchElementException: no third", reported.getMessage());
    }

    // test_sources.py::test_periodic and test_core.py::test_counter
    @Test
    void fromPeriodicEmitsAtOnceThenEveryInterval() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> source = Source.fromPeriodic(counter::getAndIncrement, Duration.ofMillis(100), loop);
        ListSink<Integer> out = source.sinkToList();
        assertTrue(source.isStopped());
        loop.advanceBy(1.0);
        assertEquals(List.of(), out, "built stopped");
        source.start();
        loop.runDue();
        assertEquals(List.of(0), out);
        loop.advanceBy(0.099);
        assertEquals(List.of(0), out);
        loop.advanceBy(0.001);
        assertEquals(List.of(0, 1), out);
        loop.advanceBy(0.3);
        assertEquals(List.of(0, 1, 2, 3, 4), out);
        assertEquals("<fromPeriodic: 0.1>", source.toString());
    }

    @Test
    void fromPeriodicSleepsAfterTheEmitCompleted() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> source = Source.fromPeriodic(counter::getAndIncrement, Duration.ofSeconds(1), loop);
        ListSink<Integer> out = source.sinkToList();
        CompletableFuture<Void> slow = new CompletableFuture<>();
        source.sinkAsync(x -> x == 0 ? slow : CompletableFuture.completedFuture(null));
        source.start();
        loop.advanceBy(5.0);
        assertEquals(List.of(0), out, "the first emit is still pending: no second call");
        slow.complete(null);
        loop.runDue();
        loop.advanceBy(0.999);
        assertEquals(List.of(0), out);
        loop.advanceBy(0.001);
        assertEquals(List.of(0, 1), out);
    }

    @Test
    void aRestartWithinOneIntervalLeavesExactlyOnePoller() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> source = Source.fromPeriodic(counter::getAndIncrement, Duration.ofSeconds(1), loop);
        ListSink<Integer> out = source.sinkToList();
        source.start();
        loop.advanceBy(0.5);
        source.stop();
        source.start();
        loop.runDue();
        assertEquals(List.of(0, 1), out, "the restart polls at once");
        loop.advanceBy(3.0);
        assertEquals(List.of(0, 1, 2, 3, 4), out, "one tick a second, not two");
    }

    @Test
    void aCallbackThatThrowsStopsTheSource() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> source = Source.fromPeriodic(
                () -> {
                    if (counter.get() == 2) {
                        throw new IllegalStateException("sensor unplugged");
                    }
                    return counter.getAndIncrement();
                },
                Duration.ofSeconds(1),
                loop);
        ListSink<Integer> out = source.sinkToList();
        source.start();
        loop.advanceBy(10.0);
        assertEquals(List.of(0, 1), out);
        assertTrue(source.isStopped());
        assertEquals(1, loop.failures().size());
        assertTrue(loop.failures().get(0).getMessage().contains("sensor unplugged"));
    }

    @Test
    void aStageFailureDoesNotStopThePoller() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> source = Source.fromPeriodic(counter::getAndIncrement, Duration.ofSeconds(1), loop);
        ListSink<Integer> out = source.map(x -> 6 / (x - 1)).sinkToList();
        source.start();
        loop.advanceBy(2.0);
        assertEquals(List.of(-6, 6), out);
        assertFalse(source.isStopped());
        assertInstanceOf(ArithmeticException.class, loop.failures().get(0));
    }

    @Test
    void badArgumentsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodicDriver<>(() -> 1, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> Source.fromPeriodic(null, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> Source.fromPeriodic(() -> 1, -1.0));
        assertThrows(NullPointerException.class, () -> Source.fromIterable(null));
    }
}
