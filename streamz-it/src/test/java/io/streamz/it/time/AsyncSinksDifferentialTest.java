package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.EventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Asynchronous {@code @Sink}s, fused against interpreted ({@code sinkAsync}) under virtual time:
 * writes that complete later, writes whose stage fails, a sink that throws, a default sink on a
 * {@code void} source. Same sink calls, same completions, same resolved and failed emits, same
 * failures reported to the loop, at the same virtual instants, each naming the same stage.
 */
final class AsyncSinksDifferentialTest {
    private static final int STEPS = 1_500;
    private static final String[] LINES = {"1", " 2", "13", "0", "x", "7", "-5", "40 "};
    private static final String[] NOTES = {"a", "", "!", "bb"};

    private static Streamz_AsyncWrites.Builder builder(VirtualTimeRun.Log l, EventLoop loop) {
        return Streamz_AsyncWrites.builder()
                .loop(loop)
                .store(x -> {
                    if (x == 13) {
                        throw new IllegalStateException("store refuses 13");
                    }
                    return l.write(
                            "store",
                            x,
                            50L * Math.floorMod(x, 4),
                            x < 0 ? new IllegalArgumentException("store failed on " + x) : null);
                })
                .archive(x ->
                        l.write("archive", x, 120, x == 7 ? new IllegalStateException("archive failed on 7") : null));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_261_126L, 0x5EED_CAFEL})
    void asyncSinksDirectBehindABufferAndOnAVoidSource(long seed) {
        List<String> log = new VirtualTimeRun<AsyncWrites>(
                        (l, loop) -> builder(l, loop).build(),
                        (l, loop) -> builder(l, loop).buildInterpreted(),
                        (p, random, l) -> {
                            String line = LINES[random.nextInt(LINES.length)];
                            switch (random.nextInt(6)) {
                                case 0, 1 -> l.await(() -> p.emit(line));
                                case 2 -> l.advance(random, 300);
                                case 3 -> l.call(() -> p.note(NOTES[random.nextInt(NOTES.length)]));
                                default -> l.call(() -> p.emit(line));
                            }
                        })
                .check(seed, STEPS);
        assertTrue(
                log.stream()
                        .anyMatch(e -> e.startsWith("threw IllegalStateException: store refuses 13@")
                                && e.endsWith(" in <sink: store>")),
                "a sink throwing reaches the caller, named");
        assertTrue(
                log.stream()
                        .anyMatch(e -> e.startsWith("threw IllegalArgumentException: store failed on -5@")
                                && e.endsWith(" in <sink: store>")),
                "a failed write fails the awaited emit, named");
        assertTrue(
                log.stream()
                        .anyMatch(e ->
                                e.equals("reported IllegalStateException: archive failed on 7 in <sink: archive>")),
                "a failed write behind the buffer goes to the loop, named");
        assertTrue(
                log.stream().anyMatch(e -> e.equals("reported IllegalStateException: empty note in <sink: notes>")),
                "a failed stage of a void source goes to the loop, named");
        assertTrue(log.stream()
                .anyMatch(e -> e.startsWith("threw IllegalArgumentException: notes refuses '!'@")
                        && e.endsWith(" in <sink: notes>")));
        assertTrue(log.stream().anyMatch(e -> e.startsWith("store wrote ")));
        assertTrue(log.stream().anyMatch(e -> e.startsWith("archive wrote ")));
    }

    private static final String[] WORDS = {"a", "bb", "", "ccc"};

    private static Streamz_AsyncJoins.Builder joins(VirtualTimeRun.Log l, EventLoop loop) {
        return Streamz_AsyncJoins.builder()
                .loop(loop)
                .pairs(pair -> l.write(
                        "pairs",
                        pair,
                        40L * pair.length(),
                        pair.startsWith("7") ? new IllegalStateException("pairs failed on " + pair) : null))
                .latests(latest -> l.write("latests", latest, 90, null))
                .tags(tag -> l.write(
                        "tags",
                        tag,
                        30L * (tag % 3),
                        tag % 1000 == 5 ? new IllegalArgumentException("tags failed on " + tag) : null))
                .sums(sum -> l.write(
                        "sums",
                        sum,
                        25L * (sum % 4),
                        sum % 9 == 0 ? new IllegalStateException("sums failed on " + sum) : null));
    }

    /** What a tuple leaves pending reaches the emit completing it, in both builds alike. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 20_261_126L, 0xABCDEFL})
    void joinsPassWhatTheirTuplesLeavePendingBackToTheEmit(long seed) {
        List<String> log = new VirtualTimeRun<AsyncJoins>(
                        (l, loop) -> joins(l, loop).build(),
                        (l, loop) -> joins(l, loop).buildInterpreted(),
                        (p, random, l) -> {
                            int x = random.nextInt(12);
                            switch (random.nextInt(8)) {
                                case 0 -> l.await(() -> p.numbers(x));
                                case 1 -> l.call(() -> p.numbers(x));
                                case 2, 3, 4 -> l.call(() -> p.words(WORDS[random.nextInt(WORDS.length)]));
                                case 5 -> l.await(() -> p.steps(x));
                                case 6 -> l.call(() -> p.steps(x));
                                default -> l.advance(random, 200);
                            }
                        })
                .check(seed, STEPS);
        assertTrue(
                log.stream()
                                .anyMatch(e -> e.startsWith("reported IllegalStateException: pairs failed on 7")
                                        && e.endsWith(" in <sink: pairs>"))
                        || log.stream()
                                .anyMatch(e -> e.startsWith("threw IllegalStateException: pairs failed on 7")
                                        && e.endsWith(" in <sink: pairs>")),
                "a zip's failed write reaches the loop or the awaited emit that completed its tuple");
        assertTrue(
                log.stream()
                        .anyMatch(e -> e.startsWith("threw IllegalStateException: sums failed on ")
                                && e.endsWith(" in <sink: sums>")),
                "a lock-step zip's failed write fails the awaited emit");
        assertTrue(
                log.stream().anyMatch(e -> e.startsWith("reported IllegalArgumentException: tags failed on ")),
                "a zipLatest tuple completed by a void source reports its failed write to the loop");
        assertTrue(log.stream().filter(e -> e.startsWith("resolved@")).count() > 100, "most awaited emits resolve");
    }

    /** A zip's tuple carries its write back to the emit that completed it; over maxsize, an emit waits for the next tuple. */
    @Test
    void anAwaitedEmitCompletingATupleWaitsForItsWriteAndAnInputTooFarAheadWaitsForTheNextTuple() {
        for (boolean fused : new boolean[] {true, false}) {
            String build = fused ? "fused" : "interpreted";
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> events = new ArrayList<>();
            var builder = Streamz_AsyncJoins.builder()
                    .loop(loop)
                    .pairs(pair -> later(loop, events, "pairs", pair.length(), 100))
                    .latests(latest -> CompletableFuture.completedFuture(null))
                    .tags(tag -> CompletableFuture.completedFuture(null))
                    .sums(sum -> later(loop, events, "sums", sum, 30));
            AsyncJoins joins = fused ? builder.build() : builder.buildInterpreted();

            joins.words("ab");
            loop.await(joins.numbers(1));
            assertEquals(
                    Duration.ofMillis(100),
                    loop.now(),
                    build + ": numbers(1) completed a pair, so it waited for its write");
            for (int i = 0; i < 10; i++) {
                assertTrue(
                        joins.numbers(i).toCompletableFuture().isDone(),
                        build + ": within maxsize, nothing to wait for");
            }
            CompletableFuture<Void> eleventh = joins.numbers(10).toCompletableFuture();
            assertTrue(!eleventh.isDone(), build + ": the 11th queued number waits for the next tuple");
            joins.words("c");
            assertTrue(eleventh.isDone(), build + ": released by the next tuple, not by its write");
            loop.await(joins.steps(4));
            assertEquals(Duration.ofMillis(130), loop.now(), build + ": a lock-step zip's emit waits for its write");
            loop.advanceBy(Duration.ofSeconds(1));
            assertEquals(
                    List.of("pairs 3 from 0 to 100", "sums 12 from 100 to 130", "pairs 2 from 100 to 200"),
                    events,
                    build);
        }
    }

    /** The exact outcome of one small run, so the harness cannot pass on two equally wrong builds. */
    @Test
    void anAwaitedEmitResolvesWhenTheDirectWriteCompletesAndFailsWithIt() {
        for (boolean fused : new boolean[] {true, false}) {
            String build = fused ? "fused" : "interpreted";
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> events = new ArrayList<>();
            var builder = Streamz_AsyncWrites.builder()
                    .loop(loop)
                    .store(x -> later(loop, events, "store", x, 100))
                    .archive(x -> later(loop, events, "archive", x, 50));
            AsyncWrites writes = fused ? builder.build() : builder.buildInterpreted();

            loop.await(writes.emit("1"));
            assertEquals(Duration.ofMillis(100), loop.now(), build + ": the emit waited for store's write");
            IllegalArgumentException failed =
                    assertThrows(IllegalArgumentException.class, () -> loop.await(writes.emit("-2")), build);
            assertEquals("store failed on -2", failed.getMessage());
            assertEquals("sink: store", StageFailure.stageOf(failed), build);
            assertEquals(Duration.ofMillis(200), loop.now(), build);

            writes.note("");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> writes.note("!"));
            assertEquals("sink: notes", StageFailure.stageOf(refused), build);
            loop.advanceBy(Duration.ofSeconds(1));
            assertEquals(
                    List.of(
                            "archive 1 from 0 to 50",
                            "store 1 from 0 to 100",
                            "archive -2 from 100 to 150",
                            "store -2 from 100 to 200"),
                    events,
                    build);
            assertEquals(1, loop.failures().size(), build + ": " + loop.failures());
            Throwable empty = loop.failures().get(0);
            assertEquals("empty note", empty.getMessage());
            assertEquals("sink: notes", StageFailure.stageOf(empty), build);

            CompletionStage<Void> direct = writes.store(3);
            loop.advanceBy(Duration.ofMillis(100));
            assertTrue(direct.toCompletableFuture().isDone(), build + ": calling the sink method calls its function");
        }
    }

    /** A write taking {@code millis} of virtual time; store's write of a negative element fails. */
    private static CompletionStage<Void> later(
            VirtualTimeLoop loop, List<String> events, String sink, long x, long millis) {
        long start = loop.now().toMillis();
        CompletableFuture<Void> written = new CompletableFuture<>();
        loop.schedule(Duration.ofMillis(millis), () -> {
            events.add(sink + " " + x + " from " + start + " to " + loop.now().toMillis());
            if (x < 0 && sink.equals("store")) {
                written.completeExceptionally(new IllegalArgumentException(sink + " failed on " + x));
            } else {
                written.complete(null);
            }
        });
        return written;
    }
}
