package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.EventLoop;
import io.streamz.GlobalSinks;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @MapAsync}, fused against interpreted ({@code mapAsync}) under virtual time: lookups
 * completing later in any order, a lookup that throws, one returning {@code null}, one whose
 * stage fails, a failure downstream of a result and a failed asynchronous write. Same sink calls
 * in the same order at the same instants, same admissions, same failures naming the same stage.
 */
final class MapAsyncDifferentialTest {
    private static final int STEPS = 1_500;
    private static final String[] LINES = {"1", " 2", "13", "0", "x", "7", "-5", "40", "3", "11"};

    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    private static Streamz_Lookups.Builder builder(VirtualTimeRun.Log l, EventLoop loop) {
        Directory.use(id -> {
            if (id == 7) {
                throw new IllegalStateException("directory refuses 7");
            }
            if (id == 40) {
                return null;
            }
            return l.reply(
                    "lookup",
                    id,
                    "user-" + id,
                    70L * Math.floorMod(id, 4),
                    id < 0 ? new IllegalArgumentException("no user " + id) : null);
        });
        return Streamz_Lookups.builder()
                .loop(loop)
                .out(x -> l.out("out", x))
                .store(x -> l.write(
                        "store",
                        x,
                        30,
                        x.equals("user-2") ? new IllegalStateException("store failed on user-2") : null));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void lookupsInFlightResultsInOrderFailuresNamed(long seed) {
        List<String> log = new VirtualTimeRun<Lookups>(
                        (l, loop) -> builder(l, loop).build(),
                        (l, loop) -> builder(l, loop).buildInterpreted(),
                        (p, random, l) -> {
                            String line = LINES[random.nextInt(LINES.length)];
                            switch (random.nextInt(5)) {
                                case 0, 1 -> l.await(() -> p.emit(line));
                                case 2 -> l.advance(random, 250);
                                default -> l.call(() -> p.emit(line));
                            }
                        })
                .check(seed, STEPS);
        for (String expected : List.of(
                "reported IllegalStateException: directory refuses 7 in <mapAsync: lookup>",
                "reported NullPointerException: mapAsync: lookup returned null instead of a CompletionStage in <mapAsync: lookup>",
                "reported IllegalArgumentException: no user -5 in <mapAsync: lookup>",
                "reported IllegalArgumentException: upper refuses user-13 in <map: upper>",
                "reported IllegalStateException: store failed on user-2 in <sink: store>")) {
            assertTrue(log.contains(expected), expected);
        }
        assertTrue(log.stream()
                .anyMatch(e -> e.startsWith("threw NumberFormatException") && e.endsWith(" in <map: parse>")));
    }

    /** The exact outcome of one small run, so the harness cannot pass on two equally wrong builds. */
    @Test
    void threeLookupsInFlightAndEachSlotHeldUntilItsWriteFinished() {
        for (boolean fused : new boolean[] {true, false}) {
            String build = fused ? "fused" : "interpreted";
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> events = new ArrayList<>();
            Directory.use(id -> later(loop, "user-" + id, 100));
            var builder = Streamz_Lookups.builder()
                    .loop(loop)
                    .out(x -> events.add(x + "@" + loop.now().toMillis()))
                    .store(x -> later(loop, null, 30));
            Lookups lookups = fused ? builder.build() : builder.buildInterpreted();
            List<Long> admitted = new ArrayList<>();
            for (int id = 1; id <= 5; id++) {
                loop.await(lookups.emit(Integer.toString(id)));
                admitted.add(loop.now().toMillis());
            }
            loop.advanceBy(Duration.ofSeconds(1));
            // 1, 2, 3 start at once; each later one starts when the head's write (30 ms) is done
            assertEquals(List.of(0L, 0L, 0L, 130L, 160L), admitted, build);
            assertEquals(List.of("USER-1@100", "USER-2@130", "USER-3@160", "USER-4@230", "USER-5@260"), events, build);
            assertEquals(List.of(), loop.failures(), build);
        }
    }

    private static <V> CompletableFuture<V> later(VirtualTimeLoop loop, V value, long millis) {
        CompletableFuture<V> done = new CompletableFuture<>();
        loop.schedule(Duration.ofMillis(millis), () -> done.complete(value));
        return done;
    }
}
