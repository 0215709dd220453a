package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Stream#close()}: everything a graph starts can be stopped, and nothing it held is left
 * hanging: timers stop, pending futures fail with {@link StreamClosedException}, sinks leave
 * {@link GlobalSinks}, and emits fail fast afterwards.
 */
class GraphCloseTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>("source", loop);

    @Test
    void afterCloseEveryNodeRefusesEmitsAtOnce() {
        Stream<Integer> doubled = source.map(x -> x * 2);
        ListSink<Integer> out = doubled.sinkToList();
        source.emit(1);
        assertFalse(source.isClosed() || doubled.isClosed() || out.sink().isClosed());
        doubled.close(); // any node closes the whole graph
        StreamClosedException e = assertThrows(StreamClosedException.class, () -> source.emit(2));
        assertEquals("emit into <source; Stream>: the graph is closed", e.getMessage());
        assertThrows(StreamClosedException.class, () -> doubled.emit(3));
        assertTrue(source.isClosed() && doubled.isClosed() && out.sink().isClosed());
        assertEquals(List.of(2), out);
        source.close(); // twice: nothing more
    }

    @Test
    void closeStopsTimersAndFailsTheFuturesTheyHeld() {
        ListSink<List<Integer>> windows =
                source.timedWindow(Duration.ofSeconds(1)).sinkToList();
        ListSink<Integer> delayed = source.delay(Duration.ofSeconds(5)).sinkToList();
        ListSink<List<Integer>> batches =
                source.partition(3, Duration.ofSeconds(2)).sinkToList();
        CompletableFuture<Void> pending = source.emit(1).toCompletableFuture();
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(List.of(1)), windows);
        source.close();
        assertEquals(0, loop.pendingTasks(), "every timer was cancelled");
        loop.advanceBy(Duration.ofSeconds(60));
        assertEquals(1, windows.size(), "no window after close");
        assertEquals(List.of(), delayed, "the delayed element was discarded");
        assertEquals(List.of(), batches, "the partial batch was discarded, its timeout cancelled");
        ExecutionException failed = assertThrows(ExecutionException.class, () -> pending.get(0, TimeUnit.SECONDS));
        assertInstanceOf(StreamClosedException.class, failed.getCause());
        assertEquals(List.of(), loop.failures());
    }

    /** The same for timedWindowUnique: its timer stops and the window it collected is discarded, its references let go. */
    @Test
    void closeStopsATimedWindowUniqueAndLetsGoOfItsWindow() {
        ListSink<List<Integer>> windows =
                source.timedWindowUnique(Duration.ofSeconds(1)).sinkToList();
        loop.advanceBy(Duration.ofSeconds(1));
        RefCounter ref = new RefCounter();
        source.emit(1, List.of(java.util.Map.of("ref", ref)));
        assertEquals(1, ref.count(), "held by the open window");
        source.close();
        assertEquals(0, loop.pendingTasks(), "the timer was cancelled");
        loop.advanceBy(Duration.ofSeconds(60));
        assertEquals(List.of(List.of()), windows, "the empty first window only: none after close");
        assertEquals(0, ref.count(), "the discarded window let go of its references");
        assertThrows(StreamClosedException.class, () -> source.emit(2));
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void closeFailsProducersWaitingForRoomAndDiscardsWhatBuffersHold() {
        List<Integer> written = new ArrayList<>();
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.buffer(1).sinkAsync(x -> {
            written.add(x);
            return write;
        });
        source.emit(1);
        loop.runDue(); // 1 is being written
        source.emit(2); // queued
        CompletableFuture<Void> waiting = source.emit(3).toCompletableFuture(); // waits for room
        assertFalse(waiting.isDone());
        source.close();
        assertInstanceOf(
                StreamClosedException.class,
                waiting.handle((v, e) -> e.getCause()).join());
        write.complete(null);
        loop.runDue();
        assertEquals(List.of(1), written, "2 was discarded");
    }

    @Test
    void closeFailsRateLimitedElementsAndMapAsyncWaitersAndZipInputsAhead() {
        source.rateLimit(Duration.ofSeconds(1)).sinkToList();
        source.emit(1);
        CompletableFuture<Void> limited = source.emit(2).toCompletableFuture();
        Stream<Integer> other = new Stream<>(loop);
        source.zipWithMaxsize(1, other).sinkToList();
        CompletableFuture<Void> ahead = source.emit(3).toCompletableFuture();
        Stream<Integer> calls = new Stream<>(loop);
        calls.mapAsync(x -> new CompletableFuture<Integer>(), 1).sinkToList();
        calls.emit(1);
        CompletableFuture<Void> slotless = calls.emit(2).toCompletableFuture();
        source.close();
        calls.close();
        for (CompletableFuture<Void> f : List.of(limited, ahead, slotless)) {
            assertInstanceOf(
                    StreamClosedException.class,
                    f.handle((v, e) -> e.getCause()).join());
        }
    }

    @Test
    void closeReleasesTheSinksFromGlobalSinks() {
        int before = GlobalSinks.size();
        source.map(x -> x).sink(x -> {});
        ListSink<Integer> list = source.sinkToList();
        assertEquals(before + 2, GlobalSinks.size());
        source.close();
        assertEquals(before, GlobalSinks.size());
        assertFalse(GlobalSinks.contains(list.sink()));
    }

    @Test
    void aThousandClosedGraphsWithTimersNeverFireAgainAndLeaveGlobalSinksFlat() {
        int sinksBefore = GlobalSinks.size();
        AtomicInteger firings = new AtomicInteger();
        List<Stream<Integer>> graphs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Stream<Integer> s = new Stream<>(loop);
            s.timedWindow(Duration.ofMillis(100)).sink(w -> firings.incrementAndGet());
            s.partition(2, Duration.ofMillis(50)).sink(b -> firings.incrementAndGet());
            s.delay(Duration.ofMillis(70)).sink(x -> firings.incrementAndGet());
            s.emit(i);
            graphs.add(s);
        }
        loop.advanceBy(Duration.ofMillis(100));
        int beforeClose = firings.get();
        assertEquals(3000, beforeClose, "a window, a partial batch and a delayed element each");
        graphs.forEach(Stream::close);
        loop.advanceBy(Duration.ofSeconds(10));
        assertEquals(beforeClose, firings.get(), "no timer fired after close");
        assertEquals(0, loop.pendingTasks());
        assertEquals(sinksBefore, GlobalSinks.size());
    }

    @Test
    void closeFromAnotherThreadComesAfterTheEmitsThatThreadHandedOver() throws Exception {
        try (ScheduledEventLoop real = new ScheduledEventLoop("close-order")) {
            Stream<Integer> s = new Stream<>(real);
            ListSink<Integer> out = s.sinkToList();
            for (int i = 0; i < 1000; i++) {
                s.emit(i);
            }
            s.close();
            assertEquals(1000, out.size());
            assertThrows(StreamClosedException.class, () -> s.emit(1000));
        }
    }

    @Test
    void closeStopsTheSourcesOfTheGraph() {
        AtomicInteger counter = new AtomicInteger();
        Source<Integer> ticks = Source.fromPeriodic(counter::getAndIncrement, Duration.ofMillis(100), loop);
        ListSink<Integer> out = ticks.map(x -> x * 10).sinkToList();
        ticks.start();
        loop.advanceBy(Duration.ofMillis(150));
        assertEquals(List.of(0, 10), out);
        assertFalse(ticks.isStopped());
        out.sink().close();
        assertTrue(ticks.isStopped(), "closing any node stops the graph's sources");
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(0, 10), out);
        assertEquals(2, counter.get(), "the callback is not called again");
    }

    @Test
    void aFailureWhileClosingIsReportedAndTheCloseGoesOn() {
        AssertionError broken = new AssertionError("the session broke its contract");
        Source<Integer> custom = new Source<>(loop, context -> () -> {
            throw broken; // Session.close() must never throw; an Error still gets through
        });
        Stream<Integer> delayed = custom.delay(Duration.ofSeconds(1));
        ListSink<Integer> late = delayed.sinkToList();
        ListSink<Integer> now = custom.map(x -> x + 1).sinkToList();
        custom.start();
        CompletableFuture<Void> waiting = custom.emit(1).toCompletableFuture();
        assertEquals(List.of(2), now);
        custom.close();
        assertEquals(List.of(broken), loop.failures(), "reported to the loop, not thrown at the caller");
        assertTrue(custom.isStopped());
        assertTrue(custom.isClosed()
                && delayed.isClosed()
                && late.sink().isClosed()
                && now.sink().isClosed());
        assertInstanceOf(
                StreamClosedException.class,
                waiting.handle((v, e) -> e.getCause()).join(),
                "the close went on: the delay let go of what it held");
        loop.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of(), late);
    }
}
