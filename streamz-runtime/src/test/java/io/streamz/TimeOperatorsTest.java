package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Every time operator, with exact outputs at exact virtual times. */
class TimeOperatorsTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<String> source = new Stream<>(loop);
    private final List<String> out = new ArrayList<>();

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private <T> void record(Stream<T> stream) {
        stream.sink(x -> out.add(x + "@" + loop.now().toMillis()));
    }

    private void emitAt(double s, String... xs) {
        loop.advanceTo(seconds(s));
        for (String x : xs) {
            source.emit(x);
        }
    }

    // ------------------------------------------------------------ delay

    @Test
    void delayShiftsEveryElementByExactlyTheInterval() {
        record(source.delay(2));
        emitAt(5, "p");
        emitAt(10, "q", "r", "s");
        loop.advanceTo(seconds(20));
        assertEquals(List.of("p@7000", "q@12000", "r@12000", "s@12000"), out);
    }

    @Test
    void delayDelaysSparseElementsTooAndItsFutureCompletesWhenTheElementWentThrough() {
        record(source.delay(Duration.ofMillis(500)));
        loop.advanceTo(seconds(0.5));
        CompletableFuture<Void> x = source.emit("x").toCompletableFuture();
        assertFalse(x.isDone());
        loop.advanceTo(seconds(0.999));
        assertFalse(x.isDone());
        loop.advanceTo(seconds(1));
        assertTrue(x.isDone());
        assertEquals(List.of("x@1000"), out);
    }

    @Test
    void delayOfZeroStillGoesThroughTheLoop() {
        record(source.delay(Duration.ZERO));
        source.emit("a");
        assertEquals(List.of(), out);
        loop.runDue();
        assertEquals(List.of("a@0"), out);
    }

    @Test
    void delayedDownstreamFailureFailsThatEmitOnlyAndTheNextGoesOn() {
        source.delay(1)
                .map(Named.function("check", (String x) -> {
                    if (x.equals("bad")) {
                        throw new IllegalArgumentException("bad element");
                    }
                    return x;
                }))
                .sink(x -> out.add(x + "@" + loop.now().toMillis()));
        CompletableFuture<Void> bad = source.emit("bad").toCompletableFuture();
        CompletableFuture<Void> good = source.emit("good").toCompletableFuture();
        loop.advanceBy(1.0);
        assertTrue(bad.isCompletedExceptionally());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.await(bad));
        assertEquals("map: check", StageFailure.stageOf(e));
        assertTrue(good.isDone() && !good.isCompletedExceptionally());
        assertEquals(List.of("good@1000"), out);
    }

    @Test
    void theReadmeVirtualTimeExample() {
        ListSink<String> delayed = source.delay(2).sinkToList();
        loop.advanceTo(Duration.ofSeconds(5));
        source.emit("p");
        loop.advanceTo(Duration.ofSeconds(10));
        source.emit("q");
        assertEquals(List.of("p"), delayed);
        loop.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of("p", "q"), delayed);
    }

    // ------------------------------------------------------------ rateLimit

    @Test
    void rateLimitSpacesOutputsAndLetsSparseInputThrough() {
        record(source.rateLimit(1));
        emitAt(0, "a");
        emitAt(0.5, "b");
        emitAt(3, "c");
        emitAt(3.2, "d");
        loop.advanceTo(seconds(10));
        assertEquals(List.of("a@0", "b@1000", "c@3000", "d@4000"), out);
    }

    @Test
    void rateLimitThrottlesAProducerThatWaitsAndReservesSlotsInCallOrder() {
        record(source.rateLimit(Duration.ofMillis(10)));
        List<Long> resolvedAt = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            source.emitAndWait("w" + i);
            resolvedAt.add(loop.now().toMillis());
        }
        assertEquals(List.of(0L, 10L, 20L, 30L), resolvedAt);
        for (int i = 0; i < 3; i++) {
            source.emit("u" + i); // not awaited: slots 40, 50, 60
        }
        loop.advanceBy(1.0);
        assertEquals(List.of("w0@0", "w1@10", "w2@20", "w3@30", "u0@40", "u1@50", "u2@60"), out);
    }

    @Test
    void rateLimitFirstElementPassesInlineAndItsSynchronousFailureIsThrown() {
        source.rateLimit(1).sink(Named.consumer("explode", (String x) -> {
            throw new IllegalStateException(x);
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit("first"));
        assertEquals("sink: explode", StageFailure.stageOf(e));
        CompletableFuture<Void> second = source.emit("second").toCompletableFuture();
        loop.advanceBy(1.0);
        assertTrue(second.isCompletedExceptionally(), "a scheduled element's failure arrives in its future");
    }

    // ------------------------------------------------------------ timedWindow

    @Test
    void timedWindowEmitsEveryIntervalEmptyWindowsIncluded() {
        record(source.timedWindow(1));
        emitAt(0.2, "a");
        emitAt(0.5, "b");
        emitAt(2.5, "c");
        emitAt(3.0, "d"); // exactly at a tick: the tick ran first, so it joins the next window
        loop.advanceTo(seconds(5));
        assertEquals(List.of("[a, b]@1000", "[]@2000", "[c]@3000", "[d]@4000", "[]@5000"), out);
    }

    @Test
    void timedWindowKeepsTickingAfterADownstreamFailureAndReportsIt() {
        IllegalStateException boom = new IllegalStateException("boom");
        source.timedWindow(1).sink(Named.consumer("fragile", (List<String> w) -> {
            if (w.contains("bad")) {
                throw boom;
            }
            out.add(w + "@" + loop.now().toMillis());
        }));
        emitAt(0.5, "bad");
        emitAt(1.5, "ok");
        loop.advanceTo(seconds(3));
        assertEquals(List.of("[ok]@2000", "[]@3000"), out);
        assertEquals(List.of(boom), loop.failures());
        assertEquals("sink: fragile", StageFailure.stageOf(boom));
    }

    @Test
    void timedWindowWaitsForASlowWindowAndPushesBackOnEmitters() {
        FakeDatabase<List<String>> db = new FakeDatabase<>(loop, seconds(1.5));
        source.timedWindow(1).sinkAsync(db::write);
        emitAt(0.5, "a");
        loop.advanceTo(seconds(1.2));
        CompletableFuture<Void> pushedBack = source.emit("b").toCompletableFuture();
        assertFalse(pushedBack.isDone(), "the window [a] is still being written");
        loop.advanceTo(seconds(2.5));
        assertTrue(pushedBack.isDone());
        loop.advanceTo(seconds(4.5));
        assertEquals(List.of(List.of("a"), List.of("b")), db.rows);
        assertEquals(
                List.of(1000L, 2500L, 4000L),
                db.startedAtMillis,
                "the tick due at 2 waits for the write ending at 2.5");
    }

    @Test
    void destroyedTimedWindowStopsItsTimer() {
        Stream<List<String>> windows = source.timedWindow(1);
        record(windows);
        loop.advanceTo(seconds(1));
        windows.destroy();
        loop.advanceTo(seconds(5));
        assertEquals(List.of("[]@1000"), out);
        assertEquals(0, loop.pendingTasks());
    }

    // ------------------------------------------------------------ buffer

    @Test
    void bufferAbsorbsNPlusOneThenPushesBackAsStreamz() {
        FakeDatabase<String> db = new FakeDatabase<>(loop, seconds(1));
        source.buffer(2).sinkAsync(db::write);
        List<Long> resolvedAt = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            source.emitAndWait("x" + i);
            resolvedAt.add(loop.now().toMillis());
        }
        assertEquals(List.of(0L, 0L, 0L, 1000L, 2000L, 3000L), resolvedAt);
        loop.advanceTo(seconds(10));
        assertEquals(List.of(1000L, 2000L, 3000L, 4000L, 5000L, 6000L), db.finishedAtMillis);
        assertEquals(List.of("x0", "x1", "x2", "x3", "x4", "x5"), db.rows);
    }

    @Test
    void withoutBufferEachAwaitedEmitWaitsForTheSink() {
        FakeDatabase<String> db = new FakeDatabase<>(loop, seconds(1));
        source.sinkAsync(db::write);
        List<Long> resolvedAt = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            source.emitAndWait("x" + i);
            resolvedAt.add(loop.now().toMillis());
        }
        assertEquals(List.of(1000L, 2000L, 3000L), resolvedAt);
    }

    @Test
    void bufferHandsElementsOnFromTheLoopNeverInline() {
        Stream<Integer> numbers = new Stream<>(loop);
        ListSink<Integer> totals = numbers.buffer(5).accumulate(Integer::sum).sinkToList();
        for (int i = 1; i <= 4; i++) {
            assertTrue(numbers.emit(i).toCompletableFuture().isDone());
        }
        assertEquals(List.of(), totals);
        loop.runDue();
        assertEquals(List.of(1, 3, 6, 10), totals);
    }

    @Test
    void feedbackThroughABufferIsIterativeOnTheLoopNotRecursive() {
        Stream<Integer> countdown = new Stream<>(loop);
        ListSink<Integer> seen = countdown.sinkToList();
        countdown.filter(x -> x > 0).buffer(4).map(x -> x - 1).sink(countdown::emit);
        countdown.emit(50_000); // depth-first inline emission would overflow the stack
        loop.runDue();
        assertEquals(50_001, seen.size());
        assertEquals(0, seen.get(50_000));
    }

    @Test
    void bufferThenRateLimitAsStreamz() {
        record(source.buffer(3).rateLimit(1));
        List<Long> resolvedAt = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            source.emitAndWait("x" + i);
            resolvedAt.add(loop.now().toMillis());
        }
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1000L, 2000L), resolvedAt);
    }

    @Test
    void failureAfterBufferIsReportedAndNothingAcceptedIsLost() {
        List<String> written = new ArrayList<>();
        source.buffer(4).sinkAsync(x -> {
            if (x.equals("bad")) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("rejected " + x));
            }
            written.add(x);
            return CompletableFuture.completedFuture(null);
        });
        for (String x : List.of("a", "bad", "b", "c")) {
            assertTrue(source.emit(x).toCompletableFuture().isDone());
        }
        loop.runDue();
        assertEquals(List.of("a", "b", "c"), written);
        assertEquals(1, loop.failures().size());
        assertEquals("rejected bad", loop.failures().get(0).getMessage());
        assertTrue(StageFailure.stageOf(loop.failures().get(0)).startsWith("sink"), "the failing stage is named");
    }

    // ------------------------------------------------------------ latest

    @Test
    void latestDropsWhatABusyDownstreamMissedButDeliversTheNewest() {
        FakeDatabase<String> db = new FakeDatabase<>(loop, seconds(1));
        source.latest().sinkAsync(db::write);
        emitAt(0, "1");
        loop.runDue();
        emitAt(0.2, "2", "3", "4");
        emitAt(2, "5");
        loop.advanceTo(seconds(5));
        assertEquals(List.of("1", "4", "5"), db.rows);
        assertEquals(List.of(0L, 1000L, 2000L), db.startedAtMillis);
    }

    @Test
    void latestDeliversTheNewestEvenWhenNothingElseArrives() {
        FakeDatabase<String> db = new FakeDatabase<>(loop, seconds(1));
        source.latest().sinkAsync(db::write);
        CompletionStage<Void> first = source.emit("1");
        assertTrue(first.toCompletableFuture().isDone(), "latest never pushes back");
        assertEquals(List.of(), db.startedAtMillis, "nothing is handed on inline");
        loop.runDue();
        emitAt(0.5, "2", "3");
        loop.advanceTo(seconds(3));
        assertEquals(List.of("1", "3"), db.rows, "streamz would stop at [1] here");
    }

    // ------------------------------------------------------------ partition with timeout

    @Test
    void partitionTimeoutFlushesAPartialBatchTimeoutAfterItsFirstElement() {
        record(source.partition(3, Duration.ofSeconds(1)));
        emitAt(0, "a");
        emitAt(0.9, "b"); // does not reset the timer
        emitAt(1.2, "c");
        emitAt(1.4, "d");
        emitAt(1.6, "e"); // fills the batch: its timer (due 2.2) is cancelled
        emitAt(3, "f");
        loop.advanceTo(seconds(6));
        assertEquals(List.of("[a, b]@1000", "[c, d, e]@1600", "[f]@4000"), out);
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void partitionTimeoutRunsOnePerKey() {
        record(source.partition(2, Duration.ofSeconds(1), x -> x.charAt(0)));
        emitAt(0, "a1");
        emitAt(0.3, "b1");
        emitAt(0.5, "a2");
        emitAt(0.7, "a3");
        loop.advanceTo(seconds(3));
        assertEquals(List.of("[a1, a2]@500", "[b1]@1300", "[a3]@1700"), out);
    }

    @Test
    void partitionOfOneNeedsNoTimerAndNoTimeoutNeedsNoLoop() {
        record(source.partition(1, Duration.ofSeconds(1)));
        source.emit("x");
        assertEquals(0, loop.pendingTasks());
        assertEquals(List.of("[x]@0"), out);
        Stream<String> plain = new Stream<>();
        plain.partition(2);
        assertTrue(plain.loop().isEmpty(), "partition without a timeout stays synchronous, unlike streamz");
        assertThrows(IllegalArgumentException.class, () -> source.partition(2, Duration.ZERO));
    }

    @Test
    void partitionTimeoutFlushFailureIsReportedAndTheNextBatchGoesOn() {
        source.partition(2, Duration.ofSeconds(1)).sink(Named.consumer("store", (List<String> batch) -> {
            if (batch.contains("bad")) {
                throw new IllegalStateException("cannot store " + batch);
            }
            out.add(batch + "@" + loop.now().toMillis());
        }));
        emitAt(0, "bad");
        emitAt(2, "x");
        emitAt(2.5, "y");
        loop.advanceTo(seconds(5));
        assertEquals(List.of("[x, y]@2500"), out);
        assertEquals(1, loop.failures().size());
        assertEquals("sink: store", StageFailure.stageOf(loop.failures().get(0)));
    }

    // ------------------------------------------------------------ arguments and labels

    @Test
    void badArgumentsFailWithTheStageNamed() {
        assertEquals(
                "buffer: n must be >= 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> source.buffer(0))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.delay(Duration.ofSeconds(-1)))
                .getMessage()
                .startsWith("delay: interval must be >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.timedWindow(Duration.ZERO))
                .getMessage()
                .startsWith("timedWindow: interval must be > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.rateLimit(Double.NaN))
                .getMessage()
                .startsWith("rateLimit: interval must be a finite number"));
        assertThrows(NullPointerException.class, () -> source.delay(null));
        assertEquals(
                "mapAsync: parallelism must be >= 1, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> source.mapAsync(x -> CompletableFuture.completedFuture(x), 0))
                        .getMessage());
    }

    @Test
    void labelsUseJavaNamesAndShowIntervalsInSecondsAsStreamz() {
        assertEquals("<rateLimit: 0.01>", source.rateLimit(0.010).toString());
        assertEquals("<delay: 2>", source.delay(2).toString());
        assertEquals(
                "<timedWindow: 0.05>", source.timedWindow(Duration.ofMillis(50)).toString());
        assertEquals("<buffer: 100>", source.buffer(100).toString());
        assertEquals("<latest>", source.latest().toString());
    }
}
