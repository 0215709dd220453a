package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.ScheduledEventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, defect 2, generated side: an undeclared checked exception thrown by a stage is
 * handled like any failure, in both builds: it reaches the caller as it is (never wrapped) with
 * its stage named, fails a foreign emit's future, and behind a buffer it is reported to the
 * loop while the elements queued after it go on. Before, on the loop it was swallowed.
 */
final class AnyThrowableGeneratedTest {
    private static SneakyStages build(
            Streamz_SneakyStages.Builder builder, boolean fused, List<Integer> direct, List<Integer> buffered) {
        builder.direct(direct::add).buffered(buffered::add);
        return fused ? builder.build() : builder.buildInterpreted();
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void onTheCallersThreadItIsThrownAsItIsWithItsStage(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<Integer> direct = new ArrayList<>();
        SneakyStages p = build(Streamz_SneakyStages.builder().loop(loop), fused, direct, new ArrayList<>());
        IOException thrown = assertThrows(IOException.class, () -> p.emit(1));
        assertEquals("checked refuses 1", thrown.getMessage());
        assertEquals("map: checked", StageFailure.stageOf(thrown));
        loop.await(p.emit(3));
        assertEquals(List.of(3), direct, "the pipeline goes on");
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void behindABufferItIsReportedAndTheQueuedElementsGoOn(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<Integer> buffered = new ArrayList<>();
        SneakyStages p = build(Streamz_SneakyStages.builder().loop(loop), fused, new ArrayList<>(), buffered);
        for (int x : new int[] {2, 3, 4}) {
            p.emit(x);
        }
        loop.runDue();
        assertEquals(List.of(3, 4), buffered);
        assertEquals(1, loop.failures().size(), String.valueOf(loop.failures()));
        assertInstanceOf(IOException.class, loop.failures().get(0));
        assertEquals("map: late", StageFailure.stageOf(loop.failures().get(0)));
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void aForeignEmitsFutureFailsWithIt(boolean fused) throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("sneaky", failure -> {})) {
            SneakyStages p =
                    build(Streamz_SneakyStages.builder().loop(loop), fused, new ArrayList<>(), new ArrayList<>());
            CompletableFuture<Void> emitted = p.emit(1).toCompletableFuture();
            ExecutionException e = assertThrows(ExecutionException.class, () -> emitted.get(10, TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, e.getCause());
            assertEquals("map: checked", StageFailure.stageOf(e.getCause()));
        }
    }
}
