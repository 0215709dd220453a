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
        assertTrue(
                engine.out.entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith("distincts/")
                                && e.getValue().stream().anyMatch(w -> w.contains("], Order"))),
                "no distinct window of two orders");
        assertTrue(engine.out.values().stream().mapToInt(List::size).sum() > STEPS / 4, "too few windows");
        assertTrue(engine.failures.size() > 0, "the unlucky amount never came");
        for (String key : engine.out.keySet()) {
            for (String window : engine.out.get(key)) {
                long at = Long.parseLong(window.substring(1, window.indexOf("ms")));
                long interval = key.startsWith("summaries/") ? 100 : key.startsWith("evens/") ? 250 : 150;
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
                .evens(w -> add(out, "evens/" + w.get(0).customer(), loop, w.toString()))
                .distincts(w -> add(out, "distincts/" + w.get(0).customer(), loop, w.toString()));
        KeyedWindows pipeline = engine ? builder.build() : builder.buildInterpreted();
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            if (random.nextInt(100) < 60) {
                try {
                    pipeline.orders(new KeyedWindows.Order("c" + random.nextInt(5), random.nextInt(40)));
                } catch (RuntimeException e) { // the bucket of an unlucky amount, as the caller sees it
                    failures.add("@" + loop.now().toMillis() + "ms " + StageFailure.stageOf(e) + ": " + e.getMessage());
                }
            } else {
                loop.advanceBy(Duration.ofMillis(random.nextInt(120)));
            }
        }
        loop.advanceBy(Duration.ofSeconds(60));
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
        List<String> distincts = new ArrayList<>();
        LocalEngine engine = LocalEngine.builder(Streamz_KeyedWindows.spec())
                .time(TimeMode.EVENT)
                .sinkKeyed("summaries", (key, value) -> out.add("summaries " + key + ": " + value))
                .sinkKeyed("evens", (key, value) -> out.add("evens " + key + ": " + value))
                .sinkKeyed("distincts", (key, value) -> distincts.add(key + ": " + value))
                .build();
        int orders = Streamz_KeyedWindows.spec().source("orders").port();
        engine.accept(orders, null, new KeyedWindows.Order("a", 1), 1_010);
        engine.accept(orders, null, new KeyedWindows.Order("b", 2), 1_020);
        engine.accept(orders, null, new KeyedWindows.Order("a", 4), 1_099);
        assertEquals(List.of(), out, "nothing is due before stream time reaches a window's end");
        engine.accept(orders, null, new KeyedWindows.Order("a", 5), 1_100); // at the end: the next window
        assertEquals(List.of("summaries a: a 2 5", "summaries b: b 1 2"), out);
        engine.accept(orders, null, new KeyedWindows.Order("a", 9), 1_150); // bucket 1 again: the latest stays
        engine.advanceStreamTime(1_250);
        assertEquals(
                List.of(
                        "summaries a: a 2 5",
                        "summaries b: b 1 2",
                        "summaries a: a 2 14",
                        "evens b: [Order[customer=b, amount=2]]",
                        "evens a: [Order[customer=a, amount=4]]"),
                out);
        assertEquals(
                List.of(
                        "a: [Order[customer=a, amount=1]]",
                        "b: [Order[customer=b, amount=2]]",
                        "a: [Order[customer=a, amount=4], Order[customer=a, amount=9]]"),
                distincts,
                "per key, windows [900, 1050) and [1050, 1200), distinct by amount % 4, the latest of each");
        assertEquals(0, engine.pendingTimers());
    }
}
