package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.EventLoop;
import io.streamz.ListSink;
import io.streamz.ScheduledEventLoop;
import io.streamz.StageFailure;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * streamz's {@code tests/test_core.py}, how graphs meet event loops: loop percolation, the
 * shared loop, emitting from another thread, mixed loops, failures in asynchronous stages and
 * buffers after windows.
 */
class LoopParityTest {

    // test_core.py::test_percolate_loop_information: a time operator attaches the shared loop to the whole graph
    @Test
    void percolateLoopInformation() {
        Stream<Integer> source = new Stream<>();
        assertTrue(source.loop().isEmpty());
        Stream<List<Integer>> s = source.timedWindow(0.5);
        try {
            assertEquals(s.loop(), source.loop());
            assertSame(EventLoop.shared(), source.loop().orElseThrow());
        } finally {
            s.destroy();
        }
    }

    // test_core.py::test_separate_thread_without_time: a graph on a loop thread, fed from the
    // test thread; OUR emit from another thread returns at once, emitAndWait is the blocking form
    @Test
    void separateThreadWithoutTime() {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("parity-loop")) {
            Stream<Integer> source = new Stream<>(loop);
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            ListSink<Integer> out = source.map(x -> {
                        threads.add(Thread.currentThread().getName());
                        return x + 1;
                    })
                    .sinkToList();
            for (int i = 0; i < 10; i++) {
                source.emitAndWait(i);
                assertEquals(i + 1, out.get(out.size() - 1));
            }
            assertEquals(Collections.nCopies(10, "parity-loop"), threads);
        }
    }

    // test_core.py::test_separate_thread_with_time: emitting from outside the loop blocks until an
    // asynchronous sink has finished (checked by completing the write only once the caller waits)
    @Test
    void separateThreadWithTime() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("parity-loop")) {
            Thread caller = Thread.currentThread();
            List<Integer> written = Collections.synchronizedList(new ArrayList<>());
            Stream<Integer> source = new Stream<>(loop);
            source.map(x -> x + 1)
                    .sinkAsync(x -> CompletableFuture.runAsync(() -> {
                        while (caller.getState() != Thread.State.WAITING
                                && caller.getState() != Thread.State.TIMED_WAITING) {
                            Thread.onSpinWait(); // the write finishes only once the emitting thread is blocked on it
                        }
                        written.add(x);
                    }));
            source.emitAndWait(1);
            assertEquals(List.of(2), written);
        }
    }

    // test_core.py::test_map_errors_log; streamz logs the failure after a delay, OUR emit future
    // carries it with the stage named
    @Test
    void mapErrorsLog() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> a = new Stream<>(loop);
        a.delay(0.001).map((Integer x) -> 1 / x);
        CompletableFuture<Void> emitted = a.emit(0).toCompletableFuture();
        loop.advanceBy(0.1);
        Throwable failure = failureOf(emitted);
        assertTrue(failure instanceof ArithmeticException, String.valueOf(failure));
        assertEquals("map: <lambda>", StageFailure.stageOf(failure));
    }

    // test_core.py::test_accumulate_errors_log; as above, and the state survives the failure
    @Test
    void accumulateErrorsLog() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> a = new Stream<>(loop);
        ListSink<Integer> out =
                a.delay(0.001).accumulate((Integer x, Integer y) -> x / y).sinkToList();
        CompletableFuture<Void> first = a.emit(1).toCompletableFuture();
        CompletableFuture<Void> second = a.emit(0).toCompletableFuture();
        CompletableFuture<Void> third = a.emit(1).toCompletableFuture();
        loop.advanceBy(0.1);
        assertTrue(first.isDone() && !first.isCompletedExceptionally());
        Throwable failure = failureOf(second);
        assertTrue(failure instanceof ArithmeticException, String.valueOf(failure));
        assertEquals("accumulate: <lambda>", StageFailure.stageOf(failure));
        assertTrue(third.isDone() && !third.isCompletedExceptionally());
        assertEquals(List.of(1, 1), out);
    }

    // test_core.py::test_sync_in_event_loop: a plain Stream with a time operator runs on the shared
    // loop's thread, not the caller's; waits for the first window instead of sleeping
    @Test
    void syncInEventLoop() throws Exception {
        Stream<Integer> a = new Stream<>();
        CompletableFuture<List<Integer>> firstWindow = new CompletableFuture<>();
        Stream<List<Integer>> windows = a.timedWindow(0.01);
        windows.sink(firstWindow::complete);
        try {
            assertNotNull(firstWindow.get(10, TimeUnit.SECONDS));
            assertTrue(a.loop().isPresent());
            assertFalse(a.loop().orElseThrow().inLoop(), "the caller is not the loop thread");
        } finally {
            windows.destroy();
        }
    }

    // test_core.py::test_share_common_ioloop: unrelated graphs with time operators share one loop
    @Test
    void shareCommonIoloop() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        Stream<List<Integer>> aa = a.timedWindow(0.01);
        Stream<List<Integer>> bb = b.timedWindow(0.01);
        try {
            assertSame(aa.loop().orElseThrow(), bb.loop().orElseThrow());
        } finally {
            aa.destroy();
            bb.destroy();
        }
    }

    // test_core.py::test_mixed_async (streamz raises ValueError); OUR mix is two loops in one graph,
    // an IllegalStateException, and the graph is left as it was
    @Test
    void mixedAsync() {
        Stream<Integer> s1 = new Stream<>(new VirtualTimeLoop());
        Stream<Integer> s2 = new Stream<>(new VirtualTimeLoop());
        assertThrows(IllegalStateException.class, () -> s1.connect(s2));
        assertThrows(IllegalStateException.class, () -> s1.zip(s2));
        assertEquals(List.of(), s1.downstreams());
        assertEquals(List.of(), s2.downstreams());
    }

    // test_core.py::test_buffer_after_partition, test_buffer_after_timed_window and
    // test_buffer_after_sliding_window: a buffer after a window builds, and the windows go through it
    @Test
    void bufferAfterWindows() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        ListSink<List<Integer>> partitions = source.partition(1).buffer(1).sinkToList();
        Stream<List<Integer>> timed = source.timedWindow(1);
        ListSink<List<Integer>> timedWindows = timed.buffer(1).sinkToList();
        ListSink<List<Integer>> sliding = source.slidingWindow(1).buffer(1).sinkToList();
        source.emit(7);
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of(7)), partitions);
        assertEquals(List.of(List.of(7)), timedWindows);
        assertEquals(List.of(List.of(7)), sliding);
        timed.destroy();
    }

    private static Throwable failureOf(CompletableFuture<Void> future) {
        assertTrue(future.isCompletedExceptionally(), "the emit future should have failed");
        CompletionException e = assertThrows(CompletionException.class, future::join);
        return e.getCause();
    }
}
