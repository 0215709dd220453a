package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Which loop a graph runs on, and what happens when code on another thread emits into it. */
class LoopAttachmentTest {

    @Test
    void operatorsInheritTheSourcesLoop() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>("src", loop);
        Stream<Integer> mapped = source.map(x -> x + 1);
        assertSame(loop, mapped.loop().orElseThrow());
        assertSame(loop, mapped.buffer(3).loop().orElseThrow());
        assertEquals("<src; Stream>", source.toString());
    }

    @Test
    void aTimeOperatorAttachesTheSharedLoopToTheWholeGraph() {
        Stream<Integer> source = new Stream<>();
        Stream<Integer> sibling = source.map(x -> x * 10);
        ListSink<Integer> siblingOut = sibling.sinkToList();
        assertTrue(source.loop().isEmpty());
        List<String> threads = new ArrayList<>();
        Stream<Integer> delayed = source.delay(Duration.ZERO);
        delayed.sink(x -> threads.add(Thread.currentThread().getName()));
        for (Stream<?> node : List.of(source, sibling, delayed)) {
            assertSame(EventLoop.shared(), node.loop().orElseThrow());
        }
        source.emit(1).toCompletableFuture().join(); // hops onto streamz-loop, as streamz's background loop
        source.emitAndWait(2);
        assertEquals(List.of("streamz-loop", "streamz-loop"), threads);
        assertEquals(List.of(10, 20), siblingOut);
        siblingOut.destroy();
        assertThrows(UnsupportedOperationException.class, ((ScheduledEventLoop) EventLoop.shared())::close);
    }

    @Test
    void differentLoopsInOneGraphAreRefusedAndLeaveTheGraphAsItWas() {
        Stream<Integer> a = new Stream<>(new VirtualTimeLoop());
        Stream<Integer> b = new Stream<>(new VirtualTimeLoop());
        IllegalStateException joined = assertThrows(IllegalStateException.class, () -> a.union(b));
        assertTrue(
                joined.getMessage().startsWith("union: its inputs run on two different event loops"),
                joined.getMessage());
        assertEquals(List.of(), a.downstreams());
        assertEquals(List.of(), b.downstreams());
        Stream<Integer> bChild = b.map(x -> x);
        assertThrows(IllegalStateException.class, () -> a.connect(bChild));
        assertEquals(List.of(), a.downstreams());
        assertEquals(List.of(b), bChild.upstreams());
    }

    @Test
    void connectSpreadsTheLoopToAGraphThatHadNone() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        Stream<Integer> plain = new Stream<>();
        Stream<Integer> downstreamOfPlain = plain.map(x -> x);
        Stream<Integer> otherSourceOfPlain = new Stream<>();
        otherSourceOfPlain.connect(plain);
        source.connect(plain);
        for (Stream<?> node : List.of(plain, downstreamOfPlain, otherSourceOfPlain)) {
            assertSame(loop, node.loop().orElseThrow());
        }
    }

    @Test
    void connectSpreadsTheLoopUpstreamToo() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> onLoop = new Stream<>(loop);
        ListSink<Integer> out = onLoop.sinkToList();
        Stream<Integer> plainSource = new Stream<>();
        Stream<Integer> plain = plainSource.map(x -> x + 1);
        plain.connect(onLoop);
        for (Stream<?> node : List.of(plainSource, plain)) {
            assertSame(loop, node.loop().orElseThrow(), "the loop-less upstream side joins the loop");
        }
        plainSource.emit(1);
        assertEquals(List.of(2), out);

        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        a.connect(b);
        assertTrue(a.loop().isEmpty() && b.loop().isEmpty(), "no loop on either side: none after");
    }

    @Test
    void emitFromAnotherThreadHopsOntoTheLoopAndItsFailureArrivesInTheFuture() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        List<String> seen = new ArrayList<>();
        source.map(Named.function("inverse", (Integer x) -> 10 / x))
                .sink(x -> seen.add(x + " on " + Thread.currentThread().getName()));
        AtomicReference<CompletableFuture<Void>> ok = new AtomicReference<>();
        AtomicReference<CompletableFuture<Void>> failing = new AtomicReference<>();
        Thread producer = new Thread(
                () -> {
                    ok.set(source.emit(5).toCompletableFuture());
                    failing.set(source.emit(0).toCompletableFuture()); // does not throw here: it has not run yet
                },
                "producer");
        producer.start();
        producer.join();
        assertEquals(List.of(), seen, "nothing ran on the producer thread");
        assertFalse(ok.get().isDone());
        loop.runDue();
        assertEquals(List.of("2 on " + Thread.currentThread().getName()), seen);
        assertTrue(ok.get().isDone() && !ok.get().isCompletedExceptionally());
        CompletionException e =
                assertThrows(CompletionException.class, () -> failing.get().join());
        assertTrue(e.getCause() instanceof ArithmeticException);
        assertEquals("map: inverse", StageFailure.stageOf(e.getCause()));
    }

    @Test
    void realLoopRunsOnANamedDaemonThreadAndReportsFailures() throws Exception {
        List<Throwable> reported = new ArrayList<>();
        try (ScheduledEventLoop loop = new ScheduledEventLoop("test-loop", t -> {
            synchronized (reported) {
                reported.add(t);
            }
        })) {
            CompletableFuture<Thread> ran = new CompletableFuture<>();
            loop.execute(() -> {
                throw new IllegalStateException("task failed");
            });
            loop.execute(() -> ran.complete(Thread.currentThread()));
            Thread thread = loop.await(ran);
            assertEquals("test-loop", thread.getName());
            assertTrue(thread.isDaemon());
            synchronized (reported) {
                assertEquals(1, reported.size());
                assertEquals("task failed", reported.get(0).getMessage());
            }
            CompletableFuture<String> refused = new CompletableFuture<>();
            loop.execute(() -> {
                try {
                    loop.await(new CompletableFuture<Void>());
                    refused.complete("no");
                } catch (IllegalStateException e) {
                    refused.complete(e.getMessage());
                }
            });
            assertTrue(loop.await(refused).startsWith("await on the loop thread test-loop would deadlock"));
            CompletableFuture<Long> timer = new CompletableFuture<>();
            long before = loop.nanoTime();
            loop.schedule(Duration.ofMillis(20), () -> timer.complete(loop.nanoTime() - before));
            assertTrue(loop.await(timer) >= Duration.ofMillis(20).toNanos());
        }
    }
}
