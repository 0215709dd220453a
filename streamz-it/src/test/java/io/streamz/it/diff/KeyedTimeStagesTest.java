package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyed delay and rateLimit: the generated {@code Engine} on {@code LocalEngine} (per-key timers)
 * against the twin's per-key subgraphs ({@code Stream.delay} and {@code rateLimit} on the loop),
 * on virtual time, 600 seeded random steps each: identical outputs with their virtual times per
 * (sink, key). Across keys, elements due at the same instant may come in another order (the
 * engine releases a key's due elements together, from its one timer), which the contract allows.
 */
final class KeyedTimeStagesTest {
    private static final int STEPS = 600;

    @ParameterizedTest
    @ValueSource(longs = {1L, 20_261_204L, 0x5EEDL})
    void localEngineMatchesThePerKeyTwinPerSinkAndKey(long seed) {
        Map<String, List<String>> engine = run(true, seed);
        Map<String, List<String>> twin = run(false, seed);
        assertEquals(twin, engine, "seed " + seed);
        assertTrue(engine.keySet().stream().anyMatch(k -> k.startsWith("delayed/")), "nothing was delayed");
        assertTrue(engine.keySet().stream().anyMatch(k -> k.startsWith("limited/")), "nothing was rate-limited");
        assertTrue(engine.values().stream().mapToInt(List::size).sum() > STEPS / 2, "too few outputs");
    }

    private static Map<String, List<String>> run(boolean engine, long seed) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Map<String, List<String>> out = new TreeMap<>();
        Streamz_KeyedTimes.Builder builder = Streamz_KeyedTimes.builder()
                .loop(loop)
                .delayed(record(out, "delayed", loop))
                .limited(record(out, "limited", loop));
        KeyedTimes pipeline = engine ? builder.build() : builder.buildInterpreted();
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            if (random.nextInt(100) < 60) {
                pipeline.orders(new KeyedTimes.Order("c" + random.nextInt(5), random.nextInt(20)));
            } else {
                loop.advanceBy(Duration.ofMillis(random.nextInt(60)));
            }
        }
        loop.advanceBy(Duration.ofSeconds(60));
        assertTrue(loop.failures().isEmpty(), () -> "failures on the loop: " + loop.failures());
        return out;
    }

    private static Consumer<KeyedTimes.Order> record(Map<String, List<String>> out, String sink, VirtualTimeLoop loop) {
        return order -> out.computeIfAbsent(sink + "/" + order.customer(), k -> new ArrayList<>())
                .add("@" + loop.now().toMillis() + "ms " + order.amount());
    }
}
