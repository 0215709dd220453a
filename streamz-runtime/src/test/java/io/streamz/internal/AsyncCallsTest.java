package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A fused mapAsync's calls into the user's function, against the interpreted {@code mapAsync} node. */
class AsyncCallsTest {
    /** Fails by throwing for 1, returns null for 2, a failed stage for 3, else the element doubled. */
    private static CompletionStage<Integer> lookup(Integer x) {
        switch (x) {
            case 1:
                throw new IllegalStateException("thrown for 1");
            case 2:
                return null;
            case 3:
                return CompletableFuture.failedFuture(new IllegalArgumentException("failed for 3"));
            default:
                return CompletableFuture.completedFuture(x * 2);
        }
    }

    @Test
    void everyFailureNamesTheStageWithTheMessagesOfTheNode() {
        VirtualTimeLoop interpretedLoop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(interpretedLoop);
        List<Integer> interpretedOut = new ArrayList<>();
        source.mapAsync(Named.function("lookup", AsyncCallsTest::lookup), 2).sink(interpretedOut::add);

        VirtualTimeLoop fusedLoop = new VirtualTimeLoop();
        List<Integer> fusedOut = new ArrayList<>();
        OrderedAsyncMap<Integer, Integer> fused = new OrderedAsyncMap<>(
                fusedLoop, AsyncCalls.<Integer, Integer>named("mapAsync: lookup", AsyncCallsTest::lookup), 2, x -> {
                    fusedOut.add(x);
                    return null;
                });
        for (int x = 0; x <= 4; x++) {
            interpretedLoop.await(source.emit(x));
            fusedLoop.await(Completions.stage(fused.offer(x)));
        }
        interpretedLoop.runDue();
        fusedLoop.runDue();
        assertEquals(List.of(0, 8), interpretedOut);
        assertEquals(interpretedOut, fusedOut);
        assertEquals(describe(interpretedLoop.failures()), describe(fusedLoop.failures()));
        assertEquals(
                List.of(
                        "IllegalStateException: thrown for 1 in mapAsync: lookup",
                        "NullPointerException: mapAsync: lookup returned null instead of a CompletionStage in mapAsync: lookup",
                        "IllegalArgumentException: failed for 3 in mapAsync: lookup"),
                describe(fusedLoop.failures()));
    }

    private static List<String> describe(List<Throwable> failures) {
        List<String> described = new ArrayList<>();
        for (Throwable failure : failures) {
            described.add(failure.getClass().getSimpleName() + ": " + failure.getMessage() + " in "
                    + StageFailure.stageOf(failure));
        }
        return described;
    }

    @Test
    void theStageAndItsValueGoThroughAndAnInnerStageKeepsItsName() {
        Function<Integer, CompletionStage<? extends Integer>> f =
                AsyncCalls.named("mapAsync: lookup", AsyncCallsTest::lookup);
        assertEquals(10, f.apply(5).toCompletableFuture().join());
        RuntimeException inner = Failures.record("map: inner", new RuntimeException("x"));
        Function<Integer, CompletionStage<? extends Integer>> failing =
                AsyncCalls.named("mapAsync: outer", x -> CompletableFuture.failedFuture(inner));
        assertThrows(
                RuntimeException.class,
                () -> failing.apply(1).toCompletableFuture().join());
        assertEquals("map: inner", StageFailure.stageOf(inner));
        assertEquals(1, inner.getSuppressed().length);
    }
}
