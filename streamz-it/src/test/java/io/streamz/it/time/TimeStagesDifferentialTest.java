package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fused against interpreted under virtual time, for every time and buffer stage: the same random
 * inputs at the same random virtual times give the same sink calls at the same virtual instants.
 */
final class TimeStagesDifferentialTest {
    private static final int STEPS = 1_500;
    private static final String[] LINES = {"1", " 2", "13", "0", "x", "40 ", "-5", "7"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void bufferThenDelay(long seed) {
        List<String> log = new VirtualTimeRun<BufferedIngest>(
                        (l, loop) -> Streamz_BufferedIngest.builder()
                                .loop(loop)
                                .out(x -> l.out("out", x))
                                .build(),
                        (l, loop) -> Streamz_BufferedIngest.builder()
                                .loop(loop)
                                .out(x -> l.out("out", x))
                                .buildInterpreted(),
                        (p, random, l) -> {
                            String line = LINES[random.nextInt(LINES.length)];
                            switch (random.nextInt(4)) {
                                case 0 -> l.await(() -> p.emit(line));
                                case 1 -> l.advance(random, 400);
                                default -> l.call(() -> p.emit(line));
                            }
                        })
                .check(seed, STEPS);
        assertTrue(
                log.stream().anyMatch(e -> e.startsWith("threw NumberFormatException")), "parse threw to the caller");
        assertTrue(
                log.stream().anyMatch(e -> e.startsWith("reported IllegalArgumentException: label refuses 13")),
                "label failed on the loop");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void rateLimitWithASynchronousBranch(long seed) {
        List<String> log = new VirtualTimeRun<PacedRequests>(
                        (l, loop) -> Streamz_PacedRequests.builder()
                                .loop(loop)
                                .costs(x -> l.out("costs", x))
                                .totals(x -> l.out("totals", x))
                                .build(),
                        (l, loop) -> Streamz_PacedRequests.builder()
                                .loop(loop)
                                .costs(x -> l.out("costs", x))
                                .totals(x -> l.out("totals", x))
                                .buildInterpreted(),
                        (p, random, l) -> {
                            int size = random.nextInt(100);
                            switch (random.nextInt(5)) {
                                case 0 -> l.await(() -> p.request(size));
                                case 1 -> l.advance(random, 120);
                                default -> l.call(() -> p.request(size));
                            }
                        })
                .check(seed, STEPS);
        // inline when its slot is now (thrown to the caller), else in the stage an awaiting caller sees
        assertTrue(log.stream().anyMatch(e -> e.startsWith("threw IllegalStateException: cost refuses")));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void timedWindowsOverDirectAndDelayedEvents(long seed) {
        List<String> log = new VirtualTimeRun<WindowedEvents>(
                        (l, loop) -> Streamz_WindowedEvents.builder()
                                .loop(loop)
                                .seconds(x -> l.out("seconds", x))
                                .halves(x -> l.out("halves", x))
                                .build(),
                        (l, loop) -> Streamz_WindowedEvents.builder()
                                .loop(loop)
                                .seconds(x -> l.out("seconds", x))
                                .halves(x -> l.out("halves", x))
                                .buildInterpreted(),
                        (p, random, l) -> {
                            if (random.nextInt(3) == 0) {
                                l.advance(random, 700);
                            } else {
                                String name = "e" + random.nextInt(10);
                                l.call(() -> p.event(name));
                            }
                        })
                .check(seed, STEPS);
        assertTrue(log.stream().anyMatch(e -> e.startsWith("halves=[]@")), "empty windows are emitted");
        assertTrue(log.stream().anyMatch(e -> e.startsWith("reported IllegalStateException: summary refuses")));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void flattenIntoADelayWithBranchesAndAUnion(long seed) {
        new VirtualTimeRun<DelayedBatches>(
                        (l, loop) -> Streamz_DelayedBatches.builder()
                                .loop(loop)
                                .evens(x -> l.out("evens", x))
                                .all(x -> l.out("all", x))
                                .mergedOut(x -> l.out("merged", x))
                                .build(),
                        (l, loop) -> Streamz_DelayedBatches.builder()
                                .loop(loop)
                                .evens(x -> l.out("evens", x))
                                .all(x -> l.out("all", x))
                                .mergedOut(x -> l.out("merged", x))
                                .buildInterpreted(),
                        (p, random, l) -> {
                            switch (random.nextInt(4)) {
                                case 0 -> l.advance(random, 60);
                                case 1 -> l.call(() -> p.urgent(-random.nextInt(50)));
                                default -> {
                                    List<Integer> batch = new ArrayList<>();
                                    for (int i = random.nextInt(4); i > 0; i--) {
                                        batch.add(random.nextInt(50));
                                    }
                                    l.call(() -> p.batch(batch));
                                }
                            }
                        })
                .check(seed, STEPS);
    }

    /** The exact outcome of one small run, so the harness cannot pass on two equally wrong builds. */
    @Test
    void bufferThenDelayExactOutcome() {
        for (boolean fused : new boolean[] {true, false}) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> out = new ArrayList<>();
            var builder = Streamz_BufferedIngest.builder()
                    .loop(loop)
                    .out(x -> out.add(x + "@" + loop.now().toMillis()));
            BufferedIngest ingest = fused ? builder.build() : builder.buildInterpreted();
            List<Long> resolved = new ArrayList<>();
            for (String line : List.of("1", "2", "3", "4", "5", "6", "7")) {
                loop.await(ingest.emit(line));
                resolved.add(loop.now().toMillis());
            }
            loop.advanceBy(Duration.ofSeconds(1));
            String build = fused ? "fused" : "interpreted";
            assertEquals(List.of("#1@100", "#2@200", "#3@300", "#4@400", "#5@500", "#6@600", "#7@700"), out, build);
            // three fit the queue at once; the 4th enters when the 1st leaves it for the delay;
            // from then on each waits for the head to leave, one delay later each time
            assertEquals(List.of(0L, 0L, 0L, 0L, 100L, 200L, 300L), resolved, build);
        }
    }
}
