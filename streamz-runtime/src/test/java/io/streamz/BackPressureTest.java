package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The future protocol: emit futures, asynchronous sinks and maps, bounded memory, failures. */
class BackPressureTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>(loop);

    @Test
    void emitFutureWaitsForEveryAsynchronousBranch() {
        FakeDatabase<Integer> fast = new FakeDatabase<>(loop, Duration.ofSeconds(1));
        FakeDatabase<Integer> slow = new FakeDatabase<>(loop, Duration.ofSeconds(3));
        source.map(x -> x + 1).sinkAsync(fast::write);
        source.sinkAsync(slow::write);
        ListSink<Integer> sync = source.sinkToList();
        CompletableFuture<Void> done = source.emit(1).toCompletableFuture();
        assertEquals(List.of(1), sync, "synchronous stages ran inside emit");
        loop.advanceBy(Duration.ofSeconds(2));
        assertFalse(done.isDone(), "the slow branch is still writing");
        loop.advanceBy(Duration.ofSeconds(1));
        assertTrue(done.isDone());
        assertEquals(List.of(2), fast.rows);
        assertEquals(List.of(1), slow.rows);
    }

    @Test
    void emitFutureWaitsForAJoinReachedThroughTwoPaths() {
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, x -> Duration.ofSeconds(x));
        Stream<Integer> join = new Stream<>();
        source.map(x -> x).connect(join);
        source.map(x -> x * 4).connect(join);
        join.sinkAsync(db::write);
        CompletableFuture<Void> done = source.emit(1).toCompletableFuture();
        loop.advanceBy(Duration.ofSeconds(3));
        assertFalse(done.isDone());
        loop.advanceBy(Duration.ofSeconds(1));
        assertTrue(done.isDone());
        assertEquals(List.of(1, 4), db.rows);
        assertSame(loop, join.loop().orElseThrow(), "connect shares the loop with the joined graph");
    }

    @Test
    void synchronousGraphStillCompletesAtOnceAndAnAsyncSinkWithoutLoopWorks() {
        Stream<Integer> plain = new Stream<>();
        CompletableFuture<Void> write = new CompletableFuture<>();
        plain.sinkAsync(x -> write);
        CompletableFuture<Void> done = plain.emit(1).toCompletableFuture();
        assertFalse(done.isDone());
        write.complete(null);
        assertTrue(done.isDone());
        assertTrue(plain.loop().isEmpty(), "an asynchronous sink needs no loop");
    }

    @Test
    void asyncSinkFailureFailsThatEmitWithTheStageNamedAndTheNextGoesOn() {
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, Duration.ofSeconds(1));
        source.sinkAsync(Named.function(
                "insert",
                (Integer x) -> x < 0
                        ? CompletableFuture.<Void>failedFuture(new IllegalArgumentException("negative id " + x))
                        : db.write(x)));
        CompletableFuture<Void> bad = source.emit(-1).toCompletableFuture();
        CompletionException wrapped = assertThrows(CompletionException.class, bad::join);
        assertEquals("negative id -1", wrapped.getCause().getMessage());
        assertEquals("sink: insert", StageFailure.stageOf(wrapped.getCause()));
        IllegalArgumentException unwrapped = assertThrows(IllegalArgumentException.class, () -> source.emitAndWait(-2));
        assertEquals("negative id -2", unwrapped.getMessage());
        source.emitAndWait(7);
        assertEquals(List.of(7), db.rows);
    }

    @Test
    void asyncSinkMayReturnAnyCompletionStageEvenAMinimalOne() {
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write.minimalCompletionStage());
        CompletableFuture<Void> done = source.emit(1).toCompletableFuture();
        assertFalse(done.isDone());
        write.complete(null);
        assertTrue(done.isDone());
        source.sinkAsync(x -> CompletableFuture.completedFuture(x).minimalCompletionStage());
        assertTrue(source.emit(2).toCompletableFuture().isDone(), "both stages are already complete");
    }

    @Test
    void asyncSinkReturningNullIsAClearError() {
        source.sinkAsync(Named.function("forgetful", (Integer x) -> null));
        NullPointerException e = assertThrows(NullPointerException.class, () -> source.emit(1));
        assertEquals("sink: forgetful returned null instead of a CompletionStage", e.getMessage());
        assertEquals("sink: forgetful", StageFailure.stageOf(e));
    }

    @Test
    void slowAsyncSinkFedFromAFastLoopHoldsOneElementAtATime() {
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, Duration.ofMillis(50));
        source.map(x -> x * 2).sinkAsync(db::write);
        for (int i = 0; i < 10_000; i++) {
            loop.await(source.emit(i)); // the seed's `await source.emit(line)`, in virtual time
            assertEquals(0, db.inFlight);
        }
        assertEquals(10_000, db.rows.size());
        assertEquals(1, db.maxInFlight, "never more than one element between the producer and the database");
        assertEquals(Duration.ofMillis(50 * 10_000), loop.now());
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void bufferBoundsTheElementsInFlight() {
        int n = 10;
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, Duration.ofMillis(100));
        BufferNode<Integer> buffer = (BufferNode<Integer>) source.buffer(n);
        buffer.sinkAsync(db::write);
        int emitted = 0;
        int maxHeld = 0;
        for (int i = 0; i < 1_000; i++) {
            source.emitAndWait(i);
            emitted++;
            maxHeld = Math.max(maxHeld, emitted - db.rows.size());
            assertTrue(buffer.queued() <= n + 1, "queued " + buffer.queued());
        }
        loop.advanceBy(Duration.ofSeconds(10));
        assertEquals(1_000, db.rows.size());
        assertEquals(n + 1, maxHeld, "n queued + 1 being written, once the producer's emit returned");
        assertEquals(1, db.maxInFlight);
    }

    @Test
    void aProducerThatIgnoresTheFuturesIsNotBoundedWhichIsWhatTheFuturesAreFor() {
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, Duration.ofMillis(100));
        BufferNode<Integer> buffer = (BufferNode<Integer>) source.buffer(10);
        buffer.sinkAsync(db::write);
        List<CompletableFuture<Void>> ignored = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ignored.add(source.emit(i).toCompletableFuture());
        }
        assertEquals(100, buffer.queued(), "the counter does see a flood");
        assertEquals(10, ignored.stream().filter(CompletableFuture::isDone).count());
        loop.advanceBy(Duration.ofSeconds(11));
        assertEquals(100, db.rows.size());
    }

    // ------------------------------------------------------------ zip maxsize

    @Test
    void zipPushesBackOnAnInputOverMaxsizeUntilTheNextTuple() {
        Stream<Integer> a = new Stream<>(loop);
        Stream<Integer> b = new Stream<>(loop);
        ZipNode zipped = (ZipNode) a.zipWithMaxsize(2, b);
        ListSink<java.util.List<Object>> out = zipped.sinkToList();
        List<CompletableFuture<Void>> emits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            emits.add(a.emit(i).toCompletableFuture());
        }
        assertEquals(
                List.of(true, true, false, false, false),
                emits.stream().map(CompletableFuture::isDone).toList());
        b.emit(100);
        assertTrue(emits.stream().allMatch(CompletableFuture::isDone), "the next tuple releases every waiter");
        assertEquals(4, zipped.buffered(a), "as streamz: released although still over maxsize");
        assertEquals(List.of(List.of(0, 100)), out);
        assertFalse(a.emit(5).toCompletableFuture().isDone(), "the next emit over maxsize waits for the next tuple");
    }

    @Test
    void zipBackPressureThrottlesAProducerToThePartnersPace() {
        Stream<Integer> fast = new Stream<>(loop);
        Stream<Integer> slow = new Stream<>(loop);
        ZipNode zipped = (ZipNode) fast.zipWithMaxsize(3, slow);
        ListSink<java.util.List<Object>> out = zipped.sinkToList();
        for (int i = 0; i < 10; i++) {
            int x = i;
            loop.schedule(Duration.ofSeconds(i + 1), () -> slow.emit(-x));
        }
        int maxBuffered = 0;
        for (int i = 0; i < 10; i++) {
            fast.emitAndWait(i);
            maxBuffered = Math.max(maxBuffered, zipped.buffered(fast));
        }
        loop.advanceBy(Duration.ofSeconds(20));
        assertEquals(10, out.size());
        assertEquals(List.of(9, -9), out.get(9));
        assertEquals(3, maxBuffered, "the producer never gets more than maxsize ahead once its emit returned");
    }

    // ------------------------------------------------------------ mapAsync

    @Test
    void mapAsyncKeepsInputOrderWhenCallsFinishOutOfOrder() {
        List<CompletableFuture<String>> calls = new ArrayList<>();
        ListSink<String> out = source.mapAsync(
                        (Integer x) -> {
                            CompletableFuture<String> call = new CompletableFuture<>();
                            calls.add(call);
                            return call;
                        },
                        3)
                .sinkToList();
        List<CompletableFuture<Void>> emits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            emits.add(source.emit(i).toCompletableFuture());
        }
        assertEquals(3, calls.size(), "at most parallelism calls in flight");
        calls.get(2).complete("c");
        calls.get(1).complete("b");
        loop.runDue();
        assertEquals(List.of(), out, "b and c wait for a");
        calls.get(0).complete("a");
        loop.runDue();
        assertEquals(List.of("a", "b", "c"), out);
        assertEquals(4, calls.size(), "a freed slot starts the waiting call");
        calls.get(3).complete("d");
        loop.runDue();
        assertEquals(List.of("a", "b", "c", "d"), out);
        assertTrue(emits.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()));
    }

    @Test
    void mapAsyncNeverExceedsParallelismUnderLoad() {
        int[] inFlight = {0};
        int[] maxInFlight = {0};
        ListSink<Integer> out = source.mapAsync(
                        (Integer x) -> {
                            inFlight[0]++;
                            maxInFlight[0] = Math.max(maxInFlight[0], inFlight[0]);
                            CompletableFuture<Integer> call = new CompletableFuture<>();
                            loop.schedule(Duration.ofMillis(1 + (x * 7) % 13), () -> {
                                inFlight[0]--;
                                call.complete(x * 10);
                            });
                            return call;
                        },
                        4)
                .sinkToList();
        List<CompletableFuture<Void>> emits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            emits.add(source.emit(i).toCompletableFuture());
        }
        loop.await(CompletableFuture.allOf(emits.toArray(new CompletableFuture<?>[0])));
        assertTrue(out.size() < 200, "the last emits were admitted before their calls finished");
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(4, maxInFlight[0]);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i * 10);
        }
        assertEquals(expected, out);
    }

    @Test
    void mapAsyncFailureGoesToTheLoopAndTheNextElementGoesOn() {
        ListSink<Integer> out = source.mapAsync(Named.function("lookup", (Integer x) -> {
                    if (x == 13) {
                        throw new IllegalArgumentException("unlucky");
                    }
                    if (x == 7) {
                        return CompletableFuture.<Integer>failedFuture(new IllegalStateException("timeout"));
                    }
                    if (x == 0) {
                        return null;
                    }
                    return CompletableFuture.completedFuture(x * 2);
                }))
                .sinkToList();
        source.emitAndWait(7);
        source.emitAndWait(13);
        source.emitAndWait(0);
        source.emitAndWait(1);
        loop.runDue();
        assertEquals(List.of(2), out, "failed elements are skipped");
        List<Throwable> failures = loop.failures();
        assertEquals(3, failures.size());
        assertEquals("timeout", failures.get(0).getMessage());
        assertTrue(failures.get(1) instanceof IllegalArgumentException);
        assertTrue(failures.get(2) instanceof NullPointerException);
        assertEquals(
                "mapAsync: lookup returned null instead of a CompletionStage",
                failures.get(2).getMessage());
        for (Throwable failure : failures) {
            assertEquals("mapAsync: lookup", StageFailure.stageOf(failure));
        }
    }

    @Test
    void mapAsyncAwaitedEmitsAreAdmittedWhileASlotIsFree() {
        int[] inFlight = {0};
        int[] maxInFlight = {0};
        List<String> out = new ArrayList<>();
        source.mapAsync(
                        (Integer x) -> {
                            inFlight[0]++;
                            maxInFlight[0] = Math.max(maxInFlight[0], inFlight[0]);
                            CompletableFuture<Integer> call = new CompletableFuture<>();
                            loop.schedule(Duration.ofSeconds(1), () -> {
                                inFlight[0]--;
                                call.complete(x * 10);
                            });
                            return call;
                        },
                        3)
                .sink(r -> out.add(r + "@" + loop.now().toMillis()));
        List<Long> resolvedAt = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            source.emitAndWait(i);
            resolvedAt.add(loop.now().toMillis());
        }
        assertEquals(
                List.of(0L, 0L, 0L, 1000L, 1000L, 1000L),
                resolvedAt,
                "admitted at once while fewer than 3 calls hold a slot, then as the oldest result goes through");
        loop.advanceBy(Duration.ofSeconds(5));
        assertEquals(List.of("0@1000", "10@1000", "20@1000", "30@2000", "40@2000", "50@2000"), out);
        assertEquals(3, maxInFlight[0]);
    }

    @Test
    void bufferBeforeMapAsyncKeepsParallelismCallsRunning() {
        FakeDatabase<Integer> service = new FakeDatabase<>(loop, Duration.ofSeconds(1));
        ListSink<Integer> out = source.buffer(10)
                .mapAsync((Integer x) -> service.write(x).thenApply(done -> x), 3)
                .sinkToList();
        for (int i = 0; i < 9; i++) {
            source.emitAndWait(i);
        }
        assertEquals(Duration.ZERO, loop.now(), "the buffer absorbed all nine");
        loop.advanceBy(Duration.ofSeconds(10));
        assertEquals(List.of(0L, 0L, 0L, 1000L, 1000L, 1000L, 2000L, 2000L, 2000L), service.startedAtMillis);
        assertEquals(3, service.maxInFlight);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), out);
    }

    @Test
    void mapAsyncHoldsASlotUntilItsResultsDownstreamWorkFinished() {
        FakeDatabase<Integer> db = new FakeDatabase<>(loop, Duration.ofSeconds(2));
        source.mapAsync(x -> CompletableFuture.completedFuture(x + 1)).sinkAsync(db::write);
        source.emitAndWait(1);
        assertEquals(Duration.ZERO, loop.now(), "admitted at once");
        source.emitAndWait(2);
        assertEquals(Duration.ofSeconds(2), loop.now(), "the only slot was held until the write of 2 finished");
        loop.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of(2, 3), db.rows);
        assertEquals(List.of(2000L, 4000L), db.finishedAtMillis);
    }

    @Test
    void mapAsyncDownstreamFailureGoesToTheLoopAndReleasesTheSlot() {
        ListSink<Integer> out = source.mapAsync(x -> CompletableFuture.completedFuture(x))
                .map(Named.function("check", (Integer x) -> {
                    if (x == 2) {
                        throw new IllegalStateException("bad " + x);
                    }
                    return x;
                }))
                .sinkToList();
        for (int i = 1; i <= 3; i++) {
            source.emitAndWait(i);
        }
        loop.runDue();
        assertEquals(List.of(1, 3), out);
        assertEquals(1, loop.failures().size());
        assertEquals("bad 2", loop.failures().get(0).getMessage());
        assertEquals("map: check", StageFailure.stageOf(loop.failures().get(0)));
    }
}
