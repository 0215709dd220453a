package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.GlobalSinks;
import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated pipelines can be closed, fused and interpreted alike: a thousand pipelines with
 * timers, dropped after {@code close()}, never fire again, leave nothing scheduled on the loop
 * and nothing in {@link GlobalSinks}; pending emit futures fail and later emits throw.
 */
class ClosableTimersTest {
    private static ClosableTimers build(boolean fused, VirtualTimeLoop loop, AtomicInteger firings) {
        Streamz_ClosableTimers.Builder builder = Streamz_ClosableTimers.builder()
                .loop(loop)
                .windowed(w -> firings.incrementAndGet())
                .delayed(x -> firings.incrementAndGet())
                .written(x -> {
                    firings.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                });
        return fused ? builder.build() : builder.buildInterpreted();
    }

    @ParameterizedTest(name = "fused: {0}")
    @ValueSource(booleans = {true, false})
    void aThousandClosedPipelinesNeverFireAgainAndLeaveNothingBehind(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        int sinksBefore = GlobalSinks.size();
        AtomicInteger firings = new AtomicInteger();
        List<ClosableTimers> pipelines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ClosableTimers pipeline = build(fused, loop, firings);
            pipeline.emit(i);
            pipelines.add(pipeline);
        }
        loop.advanceBy(Duration.ofMillis(100));
        assertEquals(3000, firings.get(), "a window, a delayed and a written element each");
        for (ClosableTimers pipeline : pipelines) {
            pipeline.close();
        }
        pipelines.clear();
        loop.advanceBy(Duration.ofSeconds(10));
        assertEquals(3000, firings.get(), "no timer fired after close");
        assertEquals(0, loop.pendingTasks(), "nothing left scheduled on the loop");
        assertEquals(sinksBefore, GlobalSinks.size(), "GlobalSinks flat");
        assertEquals(List.of(), loop.failures());
    }

    @ParameterizedTest(name = "fused: {0}")
    @ValueSource(booleans = {true, false})
    void closeFailsWhatIsPendingAndLaterEmitsThrow(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        AtomicInteger firings = new AtomicInteger();
        ClosableTimers pipeline = build(fused, loop, firings);
        loop.await(pipeline.emit(1)); // passes the rate limit at once
        CompletableFuture<Void> paced = pipeline.emit(2).toCompletableFuture(); // waits for its slot
        pipeline.close();
        pipeline.close(); // twice: nothing more
        assertInstanceOf(
                StreamClosedException.class,
                paced.handle((v, e) -> e.getCause()).join());
        StreamClosedException later = assertThrows(StreamClosedException.class, () -> pipeline.emit(3));
        assertTrue(later.getMessage().startsWith("emit into "), later.getMessage());
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(), loop.failures());
    }
}
