package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A producer that never looks at its emit futures (most do not) still has every failure of an
 * asynchronous stage reported: one test per asynchronous stage, the failure reaching the loop's
 * failure handler exactly once. Before, it only completed a future nobody held: 0 reports.
 */
class NoFailureGoesNowhereTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>(loop);
    private final IllegalStateException boom = new IllegalStateException("boom");

    private Consumer<Integer> failing(String name) {
        return Named.consumer(name, x -> {
            throw boom;
        });
    }

    private void assertReportedOnce(String stage) {
        assertEquals(List.of(boom), loop.failures());
        assertEquals(stage, StageFailure.stageOf(loop.failures().get(0)));
    }

    @Test
    void sinkAsync() {
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(Named.function("write", (Integer x) -> write));
        source.emit(1);
        write.completeExceptionally(boom);
        loop.runDue(); // unheard once the loop has turned
        assertReportedOnce("sink: write");
    }

    @Test
    void delay() {
        source.delay(Duration.ofSeconds(1)).sink(failing("out"));
        source.emit(1);
        loop.advanceBy(Duration.ofSeconds(1));
        assertReportedOnce("sink: out");
    }

    @Test
    void rateLimit() {
        source.rateLimit(Duration.ofSeconds(1)).sink(Named.consumer("out", x -> {
            if (x == 2) {
                throw boom;
            }
        }));
        source.emit(1);
        source.emit(2); // waits for its slot, then fails on the loop
        loop.advanceBy(Duration.ofSeconds(1));
        assertReportedOnce("sink: out");
    }

    @Test
    void buffer() {
        source.buffer(4).sink(failing("out"));
        source.emit(1);
        loop.runDue();
        assertReportedOnce("sink: out");
    }

    @Test
    void mapAsync() {
        source.mapAsync(Named.function("lookup", (Integer x) -> CompletableFuture.<Integer>failedFuture(boom)), 2);
        source.emit(1);
        loop.runDue();
        assertReportedOnce("mapAsync: lookup");
    }

    @Test
    void timedWindow() {
        source.timedWindow(Duration.ofSeconds(1)).sink(Named.consumer("out", w -> {
            throw boom;
        }));
        source.emit(1);
        loop.advanceBy(Duration.ofSeconds(1));
        assertReportedOnce("sink: out");
    }

    @Test
    void partitionTimeout() {
        source.partition(3, Duration.ofSeconds(1)).sink(Named.consumer("out", batch -> {
            throw boom;
        }));
        source.emit(1);
        loop.advanceBy(Duration.ofSeconds(1));
        assertReportedOnce("sink: out");
    }

    @Test
    void latest() {
        source.latest().sink(failing("out"));
        source.emit(1);
        loop.runDue();
        assertReportedOnce("sink: out");
    }

    @Test
    void foreignThreadEmit() throws Exception {
        LinkedBlockingQueue<Throwable> reported = new LinkedBlockingQueue<>();
        try (ScheduledEventLoop real = new ScheduledEventLoop("never-awaited", reported::add)) {
            Stream<Integer> onReal = new Stream<>(real);
            onReal.sink(failing("out"));
            onReal.emit(1); // from this thread: hops onto the loop, the future is dropped
            assertSame(boom, reported.poll(10, TimeUnit.SECONDS));
            real.await(CompletableFuture.runAsync(() -> {}, real)); // a round trip through the loop
            assertEquals(List.of(), List.copyOf(reported), "reported once");
        }
    }

    @Test
    void aFailureSomebodyListensToIsNotReportedAgain() throws Exception {
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(Named.function("write", (Integer x) -> write));
        CompletableFuture<Void> heard = source.emit(1).toCompletableFuture();
        write.completeExceptionally(boom);
        assertEquals(List.of(), loop.failures());
        assertSame(boom, heard.handle((v, e) -> e.getCause()).get());
    }

    @Test
    void withoutALoopAnUnheardAsyncFailureGoesToTheDefaultHandler() {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        UncaughtFailures.setDefaultHandler(reported::add);
        try {
            Stream<Integer> plain = new Stream<>();
            CompletableFuture<Void> write = new CompletableFuture<>();
            plain.sinkAsync(x -> write);
            plain.emit(1);
            write.completeExceptionally(boom);
            assertEquals(List.of(boom), reported);
        } finally {
            UncaughtFailures.setDefaultHandler(null);
        }
    }
}
