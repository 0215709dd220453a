package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.LoopClosedException;
import io.streamz.ScheduledEventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, defect 4, generated side: closing the {@link ScheduledEventLoop} a generated
 * pipeline runs on leaves nothing hanging, in both builds. The emit future of an element held
 * by a {@code @Delay} fails with a {@link LoopClosedException} naming the loop, nothing is
 * delivered after, and a later emit fails at once with that exception.
 */
final class LoopCloseGeneratedTest {
    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void closingTheLoopFailsWhatIsPendingAndLaterEmitsFailAtOnce(boolean fused) throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-generated", failure -> {});
        List<Integer> delayed = new CopyOnWriteArrayList<>();
        Streamz_NeverAwaited.Builder builder = Streamz_NeverAwaited.builder()
                .loop(loop)
                .write(x -> CompletableFuture.completedFuture(null))
                .delayed(delayed::add)
                .pacedOut(x -> {})
                .looked(x -> {})
                .buffered(x -> {})
                .direct(x -> {});
        NeverAwaited p = fused ? builder.build() : builder.buildInterpreted();
        CompletableFuture<Void> pending = p.emit(0).toCompletableFuture();
        loop.await(CompletableFuture.runAsync(() -> {}, loop)); // a round trip: the element reached the delay
        loop.close();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
        assertInstanceOf(LoopClosedException.class, failed.getCause());
        assertTrue(
                failed.getCause().getMessage().contains("ScheduledEventLoop[closing-generated] is closed"),
                failed.getCause().getMessage());
        LoopClosedException later = assertThrows(LoopClosedException.class, () -> p.emit(1));
        assertTrue(later.getMessage().contains("ScheduledEventLoop[closing-generated] is closed"), later.getMessage());
        assertEquals(List.of(), delayed, "nothing delivered after close");
    }

    /**
     * A zip input over its maxsize waits for the next tuple; when the loop closes first no tuple
     * will come, so the wait fails with a {@link LoopClosedException} in both builds (the fused
     * zip left it hanging), and the elements that were not waiting are not failed.
     */
    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void aZipInputWaitingOverItsMaxsizeFailsWhenTheLoopCloses(boolean fused) throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-zip", failure -> {});
        List<Integer> sums = new CopyOnWriteArrayList<>();
        Streamz_ZipOnALoop.Builder builder =
                Streamz_ZipOnALoop.builder().loop(loop).out(sums::add);
        ZipOnALoop p = fused ? builder.build() : builder.buildInterpreted();
        List<CompletableFuture<Void>> within = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            within.add(p.left(i).toCompletableFuture());
        }
        CompletableFuture<Void> over = p.left(10).toCompletableFuture();
        loop.await(CompletableFuture.runAsync(() -> {}, loop)); // a round trip: every element reached the zip
        for (CompletableFuture<Void> f : within) {
            assertEquals(null, f.get(10, TimeUnit.SECONDS));
        }
        assertFalse(over.isDone(), "the eleventh element waits for the next tuple");
        loop.close();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> over.get(10, TimeUnit.SECONDS));
        assertInstanceOf(LoopClosedException.class, failed.getCause());
        assertTrue(
                failed.getCause().getMessage().contains("ScheduledEventLoop[closing-zip] is closed"),
                failed.getCause().getMessage());
        assertEquals(List.of(), sums, "no tuple was complete");
    }

    /** A wait the next tuple ended is not failed again when the loop closes later. */
    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void aZipWaitTheNextTupleEndedStaysCompleted(boolean fused) throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing-zip-later", failure -> {});
        CompletableFuture<Integer> firstSum = new CompletableFuture<>();
        Streamz_ZipOnALoop.Builder builder =
                Streamz_ZipOnALoop.builder().loop(loop).out(firstSum::complete);
        ZipOnALoop p = fused ? builder.build() : builder.buildInterpreted();
        for (int i = 0; i < 10; i++) {
            p.left(i);
        }
        CompletableFuture<Void> over = p.left(10).toCompletableFuture();
        p.right(100);
        assertEquals(null, over.get(10, TimeUnit.SECONDS));
        assertEquals(100, firstSum.get(10, TimeUnit.SECONDS)); // through the buffer, on a later turn of the loop
        loop.close();
        assertTrue(over.isDone() && !over.isCompletedExceptionally());
    }
}
