package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.EventLoop;
import io.streamz.ListSink;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py} (and {@code py3_test_core.py}), the time and
 * back-pressure operators: timed_window, delay, rate_limit, buffer, latest, map_async and the
 * back-pressure tests. Where streamz sleeps, the test advances a {@link VirtualTimeLoop}; where
 * streamz asserts a lower bound on elapsed real time, we assert the exact virtual time.
 */
class TimeParityTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>(loop);

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    /** What {@code yield source.emit(i)} does in streamz: emit, then let the loop run until that emit completes. */
    private void emitAndAwait(int x) {
        loop.await(source.emit(x));
    }

    // test_core.py::test_backpressure: a sink into a bounded queue read every 0.1 s throttles the emitter
    @Test
    void backpressure() {
        AsyncQueue<Integer> q = new AsyncQueue<>(loop, 2);
        source.map(x -> x + 1).accumulate(Integer::sum, 0).sinkAsync(q::put);
        q.readForever(0.1);
        loop.runDue();
        for (int i = 0; i < 5; i++) {
            emitAndAwait(i);
        }
        assertEquals(seconds(0.2), loop.now(), "streamz asserts >= 0.2 s");
        assertEquals(List.of(1, 3, 6), q.taken());
    }

    // test_core.py::test_timed_window; OUR first window closes one interval after creation
    // (streamz emits an empty one at once), and each is a List
    @Test
    void timedWindow() {
        Stream<List<Integer>> a = source.timedWindow(0.01);
        assertEquals(loop, a.loop().orElseThrow());
        ListSink<List<Integer>> windows = a.sinkToList();
        for (int i = 0; i < 10; i++) {
            emitAndAwait(i);
            loop.advanceBy(0.004);
        }
        loop.advanceBy(0.01);
        List<Integer> all = new ArrayList<>();
        windows.forEach(all::addAll);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all);
        assertTrue(windows.stream().allMatch(w -> w.size() <= 3));
        assertTrue(windows.stream().anyMatch(w -> w.size() >= 2));
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4), List.of(5, 6, 7), List.of(8, 9)), windows.subList(0, 4));
        loop.advanceBy(0.1);
        assertEquals(List.of(), windows.get(windows.size() - 1));
        assertEquals(15, windows.size(), "one window every 10 ms, empty ones included");
        a.destroy();
    }

    // test_core.py::test_timed_window_timedelta ('10ms'): a Duration is Java's interval type
    @Test
    void timedWindowTimedelta() {
        Stream<List<Integer>> a = source.timedWindow(Duration.ofMillis(10));
        assertEquals("<timedWindow: 0.01>", a.toString());
        ListSink<List<Integer>> windows = a.sinkToList();
        source.emit(1);
        loop.advanceBy(0.01);
        assertEquals(List.of(List.of(1)), windows);
        a.destroy();
    }

    // test_core.py::test_timed_window_str; OUR label uses the Java operator name
    @Test
    void timedWindowStr() {
        Stream<List<Integer>> a = source.timedWindow(0.05);
        assertEquals("<timedWindow: 0.05>", a.toString());
        a.destroy();
    }

    // test_core.py::test_timed_window_backpressure: emits wait while the previous window is still being written
    @Test
    void timedWindowBackpressure() {
        AsyncQueue<List<Integer>> q = new AsyncQueue<>(loop, 1);
        Stream<List<Integer>> windows = source.timedWindow(0.01);
        windows.sinkAsync(q::put);
        q.readForever(0.1);
        loop.runDue();
        for (int i = 0; i < 5; i++) {
            emitAndAwait(i);
            loop.advanceBy(0.01);
        }
        assertTrue(loop.now().compareTo(seconds(0.2)) > 0, "streamz asserts > 0.2 s, was " + loop.now());
        assertEquals(seconds(0.22), loop.now());
        windows.destroy();
    }

    // OUR timedWindow survives a downstream exception (streamz's timer coroutine dies and never
    // emits again): the failure goes to the loop and the next windows still come
    @Test
    void timedWindowSurvivesADownstreamException() {
        Stream<List<Integer>> windows = source.timedWindow(1);
        List<List<Integer>> seen = new ArrayList<>();
        windows.sink(w -> {
            if (w.contains(13)) {
                throw new IllegalStateException("unlucky window " + w);
            }
            seen.add(w);
        });
        source.emit(1);
        loop.advanceBy(1.0);
        source.emit(13);
        loop.advanceBy(1.0);
        source.emit(2);
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of(1), List.of(2)), seen);
        assertEquals(1, loop.failures().size());
        assertEquals("unlucky window [13]", loop.failures().get(0).getMessage());
        windows.destroy();
    }

    // test_core.py::test_rate_limit
    @Test
    void rateLimit() {
        List<String> out = new ArrayList<>();
        source.rateLimit(0.05).sink(x -> out.add(x + "@" + loop.now().toMillis()));
        for (int i = 0; i < 5; i++) {
            emitAndAwait(i);
        }
        assertEquals(seconds(0.2), loop.now(), "streamz asserts > 0.2 s of real time");
        assertEquals(List.of("0@0", "1@50", "2@100", "3@150", "4@200"), out);
    }

    // test_core.py::test_delay; OUR delay is a true per-element delay: five elements emitted at
    // once all arrive exactly 0.02 s later (streamz throttles them: fewer than 5 after 0.04 s),
    // and an emit's future completes only once its element went through
    @Test
    void delay() {
        List<String> out = new ArrayList<>();
        source.delay(0.02).sink(x -> out.add(x + "@" + loop.now().toMillis()));
        List<CompletableFuture<Void>> emits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            emits.add(source.emit(i).toCompletableFuture());
        }
        assertEquals(List.of(), out);
        loop.advanceBy(0.019);
        assertEquals(List.of(), out);
        assertTrue(emits.stream().noneMatch(CompletableFuture::isDone));
        loop.advanceBy(0.001);
        assertEquals(List.of("0@20", "1@20", "2@20", "3@20", "4@20"), out);
        assertTrue(emits.stream().allMatch(CompletableFuture::isDone));

        out.clear();
        for (int i = 0; i < 5; i++) {
            emitAndAwait(i); // each awaited emit waits for its own element
        }
        assertEquals(List.of("0@40", "1@60", "2@80", "3@100", "4@120"), out);
    }

    // test_core.py::test_buffer: ten emits fit in buffer(10) at once; the next five are throttled
    // by the rate limit behind it (11 and 12 fit as the first two elements leave, then one per 0.05 s)
    @Test
    void buffer() {
        ListSink<Integer> out = source.map(x -> x + 1)
                .buffer(10)
                .map(x -> x + 1)
                .rateLimit(0.05)
                .sinkToList();
        for (int i = 0; i < 10; i++) {
            emitAndAwait(i);
        }
        assertEquals(Duration.ZERO, loop.now());
        assertEquals(List.of(), out, "the buffer hands elements on from the loop, not inside emit");
        Duration start = loop.now();
        for (int i = 0; i < 5; i++) {
            emitAndAwait(i);
        }
        assertEquals(List.of(2, 3, 4, 5), out);
        assertEquals(seconds(0.15), loop.now().minus(start), "streamz asserts > 0.04 s");
        loop.advanceBy(1.0);
        assertEquals(15, out.size());
    }

    // py3_test_core.py::test_await_syntax: buffer(3) before a 0.1 s async sink absorbs 3 + 1 elements
    @Test
    void awaitSyntax() {
        List<Integer> written = new ArrayList<>();
        source.map(x -> x + 1).buffer(3).sinkAsync(x -> later(0.1, () -> written.add(x)));
        for (int x = 0; x < 6; x++) {
            emitAndAwait(x);
        }
        assertEquals(seconds(0.2), loop.now(), "streamz asserts 0.2 < elapsed < 0.4 s");
        assertEquals(List.of(1, 2), written, "streamz asserts 2 <= len(L) <= 4");
        loop.advanceBy(1.0);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), written);
    }

    // test_core.py::test_latest: values that arrive while the slow writer is busy are dropped but the newest
    @Test
    void latest() {
        List<Integer> written = new ArrayList<>();
        source.map(x -> x + 1).latest().sinkAsync(x -> later(0.05, () -> written.add(x)));
        source.emit(1);
        loop.advanceBy(0.01);
        source.emit(2);
        source.emit(3);
        loop.advanceBy(0.1);
        assertEquals(List.of(2, 4), written);
        loop.advanceBy(0.06);
        assertEquals(List.of(2, 4), written);
    }

    // OUR latest never loses the newest value: streamz's Condition.notify with no waiter drops it
    // (1 at 0, then 2, 3, 4 at 0.2 and nothing more gives only 1 in streamz)
    @Test
    void latestDeliversTheNewestEvenWhenNothingElseArrives() {
        List<Integer> written = new ArrayList<>();
        source.latest().sinkAsync(x -> later(1.0, () -> written.add(x)));
        source.emit(1);
        loop.advanceBy(0.2);
        source.emit(2);
        source.emit(3);
        source.emit(4);
        loop.advanceBy(5.0);
        assertEquals(List.of(1, 4), written);
    }

    // test_core.py::test_backpressure_connect_empty_stream (issue #378): back pressure passes
    // through a plain Stream connected between a source and a rate limit
    @Test
    void backpressureConnectEmptyStream() {
        Queue<Integer> sourceList = new ArrayDeque<>(List.of(0, 1, 2, 3, 4));
        Stream<Integer> sout = new Stream<>(loop);
        ListSink<Integer> out = sout.rateLimit(1).sinkToList();
        source.connect(sout);
        Runnable[] run = new Runnable[1];
        run[0] = () -> { // from_list's run(): each emit waits for the previous one
            Integer next = sourceList.poll();
            if (next != null) {
                source.emit(next).whenComplete((ignored, failure) -> loop.execute(run[0]));
            }
        };
        loop.execute(run[0]);
        loop.runDue();
        assertEquals(List.of(0), out);
        assertEquals(List.of(2, 3, 4), List.copyOf(sourceList), "the source is held back, not drained");
        loop.advanceBy(1.0);
        assertEquals(List.of(0, 1), out);
        loop.advanceBy(3.0);
        assertEquals(List.of(0, 1, 2, 3, 4), out);
    }

    // test_core.py::test_map_async (map_async(add_tor, y=1).map_async(add_native, y=2), the second
    // taking 0.1 s); the keyword arguments are captured. Results keep input order.
    @Test
    void mapAsync() {
        List<String> out = new ArrayList<>();
        int y1 = 1;
        int y2 = 2;
        source.mapAsync(x -> CompletableFuture.completedFuture(x + y1))
                .mapAsync(x -> later(0.1, () -> x + y2))
                .sink(x -> out.add(x + "@" + loop.now().toMillis()));
        for (int i = 0; i < 3; i++) {
            emitAndAwait(i);
        }
        loop.advanceBy(1.0);
        assertEquals(List.of("3@100", "4@200", "5@300"), out);
    }

    // test_core.py::test_map_async with parallelism: calls overlap, results still in input order
    @Test
    void mapAsyncParallelism() {
        List<String> out = new ArrayList<>();
        double[] durations = {0.3, 0.1, 0.2};
        source.mapAsync(x -> later(durations[x], () -> x * 10), 3)
                .sink(x -> out.add(x + "@" + loop.now().toMillis()));
        for (int i = 0; i < 3; i++) {
            emitAndAwait(i);
        }
        assertEquals(Duration.ZERO, loop.now(), "three free slots: every emit is admitted at once");
        loop.advanceBy(1.0);
        assertEquals(List.of("0@300", "10@300", "20@300"), out);
    }

    private <V> CompletionStage<V> later(double s, java.util.function.Supplier<V> result) {
        CompletableFuture<V> done = new CompletableFuture<>();
        loop.schedule(seconds(s), () -> done.complete(result.get()));
        return done;
    }

    private CompletionStage<Void> later(double s, Runnable action) {
        return later(s, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Tornado's {@code Queue(maxsize)}, as the streamz tests use it: {@code put} completes at
     * once while there is room (or a reader waiting), else when a reader makes room.
     */
    private static final class AsyncQueue<T> {
        private final EventLoop loop;
        private final int maxsize;
        private final ArrayDeque<T> items = new ArrayDeque<>();
        private final ArrayDeque<T> blockedItems = new ArrayDeque<>();
        private final ArrayDeque<CompletableFuture<Void>> blockedPuts = new ArrayDeque<>();
        private final ArrayDeque<CompletableFuture<T>> getters = new ArrayDeque<>();
        private final List<T> taken = new ArrayList<>();

        AsyncQueue(EventLoop loop, int maxsize) {
            this.loop = loop;
            this.maxsize = maxsize;
        }

        CompletionStage<Void> put(T x) {
            if (!getters.isEmpty()) {
                getters.poll().complete(x);
                return CompletableFuture.completedFuture(null);
            }
            if (items.size() < maxsize) {
                items.add(x);
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> admitted = new CompletableFuture<>();
            blockedItems.add(x);
            blockedPuts.add(admitted);
            return admitted;
        }

        CompletableFuture<T> get() {
            CompletableFuture<T> got = new CompletableFuture<>();
            if (items.isEmpty()) {
                getters.add(got);
                return got;
            }
            got.complete(items.poll());
            if (!blockedItems.isEmpty()) {
                items.add(blockedItems.poll());
                blockedPuts.poll().complete(null);
            }
            return got;
        }

        /** The tests' {@code read_from_q}: forever, take one item, then sleep {@code pause} seconds. */
        void readForever(double pause) {
            loop.execute(() -> get().thenAccept(x -> {
                taken.add(x);
                loop.schedule(seconds(pause), () -> readForever(pause));
            }));
        }

        List<T> taken() {
            return taken;
        }
    }
}
