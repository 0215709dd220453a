package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.LoopClosedException;
import io.streamz.ScheduledEventLoop;
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
}
