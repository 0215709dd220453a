package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.streamz.EventLoop;
import io.streamz.ScheduledEventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, generated side: a producer that never looks at its emit futures (most do not) still
 * has every failure of an asynchronous stage reported to the loop's failure handler, exactly
 * once, naming the stage, in both builds: an asynchronous {@code @Sink}, a sink after
 * {@code @Delay}, after {@code @RateLimit}, a {@code @MapAsync} call, a sink after a
 * {@code @Buffer}, and an emit from a thread other than the loop's. The interpreted API has the
 * same test in streamz-runtime.
 */
final class NoFailureGoesNowhereTest {
    private final IllegalStateException boom = new IllegalStateException("boom");

    /** Sinks that throw {@link #boom} for the element each is told to refuse. */
    private Streamz_NeverAwaited.Builder builder(EventLoop loop, CompletableFuture<Void> write) {
        return Streamz_NeverAwaited.builder()
                .loop(loop)
                .write(x -> x == 1 ? write : CompletableFuture.completedFuture(null))
                .delayed(refusing(2))
                .pacedOut(refusing(3))
                .looked(x -> {})
                .buffered(refusing(5))
                .direct(refusing(6));
    }

    private IntConsumer refusing(int refused) {
        return x -> {
            if (x == refused) {
                throw boom;
            }
        };
    }

    private static NeverAwaited build(Streamz_NeverAwaited.Builder builder, boolean fused) {
        return fused ? builder.build() : builder.buildInterpreted();
    }

    private static void assertReportedOnce(List<Throwable> failures, Throwable expected, String stage, String build) {
        assertEquals(1, failures.size(), build + ": " + failures);
        assertSame(expected, failures.get(0), build);
        assertEquals(stage, StageFailure.stageOf(failures.get(0)), build);
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void asyncSink(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        CompletableFuture<Void> write = new CompletableFuture<>();
        NeverAwaited p = build(builder(loop, write), fused);
        p.emit(1);
        write.completeExceptionally(boom);
        loop.advanceBy(Duration.ofMillis(100)); // the emit's stage also waits for the delay branch
        loop.runDue(); // unheard once the loop has turned
        assertReportedOnce(loop.failures(), boom, "sink: write", fused ? "fused" : "interpreted");
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void afterDelay(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        NeverAwaited p = build(builder(loop, new CompletableFuture<>()), fused);
        p.emit(2);
        loop.advanceBy(Duration.ofMillis(100));
        loop.runDue();
        assertReportedOnce(loop.failures(), boom, "sink: delayed", fused ? "fused" : "interpreted");
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void afterRateLimit(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        NeverAwaited p = build(builder(loop, new CompletableFuture<>()), fused);
        p.emit(0);
        p.emit(3); // waits for its slot, then fails on the loop
        loop.advanceBy(Duration.ofMillis(100));
        loop.runDue();
        assertReportedOnce(loop.failures(), boom, "sink: pacedOut", fused ? "fused" : "interpreted");
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void mapAsyncCall(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        NeverAwaited p = build(builder(loop, new CompletableFuture<>()), fused);
        p.emit(4);
        loop.runDue();
        String build = fused ? "fused" : "interpreted";
        assertEquals(1, loop.failures().size(), build + ": " + loop.failures());
        assertEquals("lookup failed on 4", loop.failures().get(0).getMessage(), build);
        assertEquals("mapAsync: lookup", StageFailure.stageOf(loop.failures().get(0)), build);
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void afterBuffer(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        NeverAwaited p = build(builder(loop, new CompletableFuture<>()), fused);
        p.emit(5);
        loop.runDue();
        assertReportedOnce(loop.failures(), boom, "sink: buffered", fused ? "fused" : "interpreted");
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void foreignThreadEmit(boolean fused) throws Exception {
        LinkedBlockingQueue<Throwable> reported = new LinkedBlockingQueue<>();
        try (ScheduledEventLoop loop = new ScheduledEventLoop("never-awaited", reported::add)) {
            NeverAwaited p = build(builder(loop, new CompletableFuture<>()), fused);
            p.emit(6); // from this thread: hops onto the loop, the future is dropped
            Throwable first = reported.poll(10, TimeUnit.SECONDS);
            loop.await(CompletableFuture.runAsync(() -> {}, loop)); // a round trip through the loop
            String build = fused ? "fused" : "interpreted";
            assertSame(boom, first, build);
            assertEquals("sink: direct", StageFailure.stageOf(first), build);
            assertEquals(List.of(), List.copyOf(reported), build + ": reported once");
        }
    }
}
