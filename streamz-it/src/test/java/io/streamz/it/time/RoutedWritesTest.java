package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.FailedElement;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error route on an asynchronous {@code @Sink}, in both builds: a write that throws, one
 * whose stage fails later, one returning {@code null}, each routed as a {@code FailedElement}
 * naming the sink, the emit's stage completing normally and later writes going on; a failure
 * of the error sink itself fails the emit's stage, the routed failure suppressed on it.
 */
final class RoutedWritesTest {
    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void everyFailureOfTheWriteIsRoutedAndTheStreamGoesOn(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> routed = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        Streamz_RoutedWrites.Builder builder = Streamz_RoutedWrites.builder()
                .loop(loop)
                .store(x -> write(loop, x, written))
                .rejected(f -> {
                    if (Integer.valueOf(5).equals(f.element())) {
                        throw new IllegalStateException("rejected refuses 5");
                    }
                    routed.add(describe(f));
                });
        RoutedWrites p = fused ? builder.build() : builder.buildInterpreted();
        for (int x = 1; x <= 4; x++) {
            loop.await(p.emit(x));
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> loop.await(p.emit(5)));
        assertEquals("sink: rejected", StageFailure.stageOf(refused));
        assertEquals(
                List.of("write of 5 failed"),
                java.util.Arrays.stream(refused.getSuppressed())
                        .filter(e -> e instanceof IllegalArgumentException)
                        .map(Throwable::getMessage)
                        .toList(),
                "the routed failure, suppressed");
        loop.await(p.emit(6));
        assertEquals(
                List.of(
                        "sink: store | 1 | IllegalStateException: store refuses 1 | sink: store",
                        "sink: store | 2 | IllegalArgumentException: write of 2 failed | sink: store",
                        "sink: store | 3 | NullPointerException: sink: store returned null instead of a CompletionStage"
                                + " | sink: store"),
                routed);
        assertEquals(List.of(4, 6), written);
        assertEquals(List.of(), loop.failures());
    }

    private static String describe(FailedElement f) {
        return f.stage() + " | " + f.element() + " | " + f.error().getClass().getSimpleName() + ": "
                + f.error().getMessage() + " | " + StageFailure.stageOf(f.error());
    }

    /** 1 throws, 2 and 5 fail 50 ms later, 3 returns null, the others are written 50 ms later. */
    private static CompletionStage<Void> write(VirtualTimeLoop loop, int x, List<Integer> written) {
        if (x == 1) {
            throw new IllegalStateException("store refuses 1");
        }
        if (x == 3) {
            return null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.schedule(Duration.ofMillis(50), () -> {
            if (x == 2 || x == 5) {
                done.completeExceptionally(new IllegalArgumentException("write of " + x + " failed"));
            } else {
                written.add(x);
                done.complete(null);
            }
        });
        return done;
    }
}
