package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import io.streamz.engine.LocalEngine;
import io.streamz.engine.TimeMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyed timedWindow: the generated {@code Engine} on {@code LocalEngine} (per-key timers, pending
 * elements as data) against the twin's per-key {@code alignedTimedWindow} nodes, on virtual time,
 * 600 seeded random steps each: identical windows with their virtual times per (sink, key), and
 * the same failures of the summary. In event time, windows follow the records' timestamps.
 */
final class KeyedWindowsTest {
    private static final int STEPS = 600;

    @ParameterizedTest
    @ValueSource(longs = {1L, 20_261_204L, 0x5EEDL})
    void localEngineMatchesThePerKeyTwinPerSinkAndKey(long seed) {
        Run engine = run(true, seed);
        Run twin = run(false, seed);
        assertEquals(twin.out, engine.out, "seed " + seed);
        assertEquals(twin.failures, engine.failures, "seed " + seed);
        assertTrue(engine.out.keySet().stream().anyMatch(k -> k.startsWith("summaries/")), "no summary");
        assertTrue(engine.out.keySet().stream().anyMatch(k -> k.startsWith("evens/")), "no even window");
        assertTrue(engine.out.values().stream().mapToInt(List::size).sum() > STEPS / 4, "too few windows");
        assertTrue(engine.failures.size() > 0, "the unlucky amount never came");
        for (String key : engine.out.keySet()) {
            for (String window : engine.out.get(key)) {
                long at = Long.parseLong(window.substring(1, window.indexOf("ms")));
                long interval = key.startsWith("summaries/") ? 100 : 250;
                assertEquals(0, at % interval, () -> "not aligned: " + key + " " + window);
            }
        }
    }

    private record Run(Map<String, List<String>> out, List<String> failures) {}

    private static Run run(boolean engine, long seed) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Map<String, List<String>> out = new TreeMap<>();
        Streamz_KeyedWindows.Builder builder = Streamz_KeyedWindows.builder()
                .loop(loop)
                .summaries(s -> add(out, "summaries/" + s.substring(0, s.indexOf(' ')), loop, s))
                .evens(w -> add(out, "evens/" + w.get(0).customer(), loop, w.toString()));
        KeyedWindows pipeline = engine ? builder.build() : builder.buildInterpreted();
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            if (random.nextInt(100) < 60) {
                pipeline.orders(new KeyedWindows.Order("c" + random.nextInt(5), random.nextInt(40)));
            } else {
                loop.advanceBy(Duration.ofMillis(random.nextInt(120)));
            }
        }
        loop.advanceBy(Duration.ofSeconds(60));
        List<String> failures = new ArrayList<>();
        for (Throwable failure : loop.failures()) {
            failures.add(StageFailure.stageOf(failure) + ": " + failure.getMessage());
        }
        failures.sort(null);
        return new Run(out, failures);
    }

    private static void add(Map<String, List<String>> out, String key, VirtualTimeLoop loop, String value) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add("@" + loop.now().toMillis() + "ms " + value);
    }

    @Test
    void inEventTimeWindowsFollowTheRecordsTimestamps() {
        List<String> out = new ArrayList<>();
        LocalEngine engine = LocalEngine.builder(Streamz_KeyedWindows.spec())
                .time(TimeMode.EVENT)
                .sinkKeyed("summaries", (key, value) -> out.add("summaries " + key + ": " + value))
                .sinkKeyed("evens", (key, value) -> out.add("evens " + key + ": " + value))
                .build();
        int orders = Streamz_KeyedWindows.spec().source("orders").port();
        engine.accept(orders, null, new KeyedWindows.Order("a", 1), 1_010);
        engine.accept(orders, null, new KeyedWindows.Order("b", 2), 1_020);
        engine.accept(orders, null, new KeyedWindows.Order("a", 4), 1_099);
        assertEquals(List.of(), out, "nothing is due before stream time reaches a window's end");
        engine.accept(orders, null, new KeyedWindows.Order("a", 5), 1_100); // at the end: the next window
        assertEquals(List.of("summaries a: a 2 5", "summaries b: b 1 2"), out);
        engine.advanceStreamTime(1_250);
        assertEquals(
                List.of(
                        "summaries a: a 2 5",
                        "summaries b: b 1 2",
                        "summaries a: a 1 5",
                        "evens b: [Order[customer=b, amount=2]]",
                        "evens a: [Order[customer=a, amount=4]]"),
                out);
        assertEquals(0, engine.pendingTimers());
    }
}
