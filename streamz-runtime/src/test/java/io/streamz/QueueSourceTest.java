package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.source.QueueDriver;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fromQueue} (streamz's {@code from_q}) on virtual time, and from real threads. */
class QueueSourceTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();

    @Test
    void emitsWhatIsQueuedInOrderThenLooksAgainEveryPollInterval() {
        queue.addAll(List.of("a", "b", "c"));
        Source<String> source = Source.fromQueue(queue, Duration.ofMillis(10), loop);
        ListSink<String> out = source.sinkToList();
        source.start();
        assertEquals(List.of(), out, "nothing is taken inside start()");
        loop.runDue();
        assertEquals(List.of("a", "b", "c"), out);
        assertTrue(queue.isEmpty());
        assertFalse(source.isStopped(), "an empty queue does not end the source");

        queue.add("d");
        loop.advanceBy(0.009);
        assertEquals(List.of("a", "b", "c"), out, "the next look is one poll interval after the queue was empty");
        loop.advanceBy(0.001);
        assertEquals(List.of("a", "b", "c", "d"), out);
        assertEquals("<fromQueue: 0.01>", source.toString());
    }

    @Test
    void takesTheNextElementOnlyOnceTheGraphHasFinishedWithThePrevious() {
        queue.addAll(List.of("a", "b", "c"));
        Source<String> source = Source.fromQueue(queue, Duration.ofMillis(10), loop);
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of("a"), written);
        assertEquals(List.of("b", "c"), new ArrayList<>(queue), "the rest stays in the producer's queue");

        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of("a", "b"), written);
        assertEquals(List.of("c"), new ArrayList<>(queue));
    }

    @Test
    void stopLeavesWhatIsQueuedForTheNextStart() {
        Source<String> source = Source.fromQueue(queue, Duration.ofMillis(10), loop);
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        source.stop();
        queue.addAll(List.of("a", "b"));
        loop.advanceBy(1.0);
        assertEquals(List.of(), out);
        assertEquals(2, queue.size());

        source.start();
        loop.runDue();
        assertEquals(List.of("a", "b"), out);
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of("a", "b"), out, "a second start while running does not add a poller");
        queue.add("c");
        loop.advanceBy(0.01);
        assertEquals(List.of("a", "b", "c"), out, "taken once, by one poller");
    }

    @Test
    void aStageFailureDoesNotStopTheSource() {
        queue.addAll(List.of("1", "x", "3"));
        Source<String> source = Source.fromQueue(queue, Duration.ofMillis(10), loop);
        ListSink<Integer> out = source.map(Integer::parseInt).sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(1, 3), out);
        assertFalse(source.isStopped());
        assertInstanceOf(NumberFormatException.class, loop.failures().get(0));
    }

    @Test
    void aQueueThatThrowsStopsTheSourceAndIsReported() {
        AtomicInteger polls = new AtomicInteger();
        ArrayDeque<String> broken = new ArrayDeque<>(List.of("a")) {
            @Override
            public String poll() {
                if (polls.incrementAndGet() == 2) {
                    throw new IllegalStateException("queue torn down");
                }
                return super.poll();
            }
        };
        Source<String> source = Source.fromQueue(broken, Duration.ofMillis(10), loop);
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of("a"), out);
        assertTrue(source.isStopped());
        assertEquals(1, loop.failures().size());
        assertTrue(
                loop.failures().get(0).getMessage().contains("fromQueue"),
                loop.failures().get(0).getMessage());
        assertTrue(
                loop.failures().get(0).getCause() instanceof IllegalStateException
                        || loop.failures().get(0).getMessage().contains("queue torn down"),
                loop.failures().get(0).toString());
        assertEquals(2, polls.get(), "no poll after the failure");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void elementsPutByOtherThreadsArriveExactlyOnceInEachProducersOrder() throws Exception {
        int producers = 4;
        int each = 2_000;
        try (ScheduledEventLoop real = new ScheduledEventLoop("from-queue")) {
            Source<String> source = Source.fromQueue(queue, Duration.ofMillis(1), real);
            List<String> out = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> all = new CompletableFuture<>();
            source.sink(x -> {
                out.add(x);
                if (out.size() == producers * each) {
                    all.complete(null);
                }
            });
            source.start();
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                Thread t = new Thread(() -> {
                    for (int i = 0; i < each; i++) {
                        queue.add(producer + ":" + i);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            all.get(50, TimeUnit.SECONDS);
            source.stop();
            assertEquals(producers * each, out.size());
            int[] next = new int[producers];
            synchronized (out) {
                for (String x : out) {
                    String[] parts = x.split(":");
                    int producer = Integer.parseInt(parts[0]);
                    assertEquals(next[producer]++, Integer.parseInt(parts[1]), x);
                }
            }
        }
    }

    @Test
    void badArgumentsFailAtOnce() {
        assertThrows(NullPointerException.class, () -> Source.fromQueue(null));
        assertThrows(IllegalArgumentException.class, () -> new QueueDriver<>(queue, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Source.fromQueue(queue, Duration.ofMillis(-1), loop));
        assertThrows(NullPointerException.class, () -> Source.fromQueue(queue, null, loop));
    }

    // streamz registers scan as an alias of accumulate
    @Test
    void scanIsAccumulate() {
        Stream<Integer> source = new Stream<>();
        ListSink<Integer> sums =
                source.scan((Integer acc, Integer x) -> acc + x, 10).sinkToList();
        ListSink<Integer> fromFirst = source.scan(Integer::sum).sinkToList();
        ListSink<Integer> accumulated =
                source.accumulate((Integer acc, Integer x) -> acc + x, 10).sinkToList();
        for (int x : List.of(1, 2, 3)) {
            source.emit(x);
        }
        assertEquals(List.of(11, 13, 16), sums, "start itself is not emitted, unlike RxJava's scan");
        assertEquals(accumulated, sums);
        assertEquals(List.of(1, 3, 6), fromFirst);
        NullPointerException thrown = assertThrows(
                NullPointerException.class, () -> source.scan((java.util.function.BinaryOperator<Integer>) null));
        assertTrue(thrown.getMessage().contains("scan"), thrown.getMessage());
    }
}
