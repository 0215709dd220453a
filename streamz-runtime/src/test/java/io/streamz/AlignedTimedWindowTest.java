package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code alignedTimedWindow}: windows between multiples of the interval, non-empty ones only. */
final class AlignedTimedWindowTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> out = new ArrayList<>();

    private void emitAt(Stream<String> source, long millis, String... xs) {
        loop.advanceTo(Duration.ofMillis(millis));
        for (String x : xs) {
            source.emit(x);
        }
    }

    @Test
    void windowsEndAtMultiplesOfTheIntervalAndEmptyOnesAreNotEmitted() {
        loop.advanceTo(Duration.ofMillis(250)); // built off a multiple: the first window still ends at 1000
        Stream<String> source = new Stream<>(loop);
        source.alignedTimedWindow(Duration.ofSeconds(1))
                .sink(w -> out.add(w + "@" + loop.now().toMillis()));
        emitAt(source, 300, "a");
        emitAt(source, 999, "b");
        emitAt(source, 1000, "c"); // exactly at a window's end: the tick ran first, so it opens the next
        emitAt(source, 4500, "d", "e");
        loop.advanceTo(Duration.ofSeconds(10));
        assertEquals(List.of("[a, b]@1000", "[c]@2000", "[d, e]@5000"), out);
    }

    @Test
    void aDownstreamFailureIsReportedAndLaterWindowsStillCome() {
        Stream<String> source = new Stream<>(loop);
        IllegalStateException boom = new IllegalStateException("boom");
        source.alignedTimedWindow(Duration.ofMillis(100)).sink(w -> {
            if (w.contains("bad")) {
                throw boom;
            }
            out.add(w + "@" + loop.now().toMillis());
        });
        emitAt(source, 50, "bad");
        emitAt(source, 130, "ok");
        loop.advanceTo(Duration.ofSeconds(1));
        assertEquals(List.of("[ok]@200"), out);
        assertEquals(List.of(boom), loop.failures());
    }

    @Test
    void aNonPositiveIntervalIsRefusedNamingTheOperator() {
        Stream<String> source = new Stream<>(loop);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> source.alignedTimedWindow(Duration.ZERO));
        assertEquals(true, e.getMessage().contains("alignedTimedWindow"), e.getMessage());
    }
}
