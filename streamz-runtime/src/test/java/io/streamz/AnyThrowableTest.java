package io.streamz;

import static io.streamz.Sneaky.sneakyThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Defects 2 and 3 of issue 10: any Throwable from user code is handled, an undeclared checked
 * exception included, on the loop and off it; a mapAsync call throwing an Error frees its slot.
 */
class AnyThrowableTest {
    private static Integer failOnTwo(Integer x) {
        if (x == 2) {
            throw sneakyThrow(new IOException("disk gone at " + x));
        }
        return x;
    }

    @Test
    void anUndeclaredCheckedExceptionReachesTheSynchronousCallerWithItsStageNamed() {
        Stream<Integer> source = new Stream<>();
        ListSink<Integer> out =
                source.map(Named.function("io", AnyThrowableTest::failOnTwo)).sinkToList();
        source.emit(1);
        Exception e = assertThrows(Exception.class, () -> source.emit(2));
        assertInstanceOf(IOException.class, e, "thrown as it is, not wrapped");
        assertEquals("map: io", StageFailure.stageOf(e));
        source.emit(3);
        assertEquals(List.of(1, 3), out);
    }

    @Test
    void aForeignEmitsFutureFailsWithAnUndeclaredCheckedException() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("any-throwable")) {
            Stream<Integer> source = new Stream<>(loop);
            ListSink<Integer> out = source.map(Named.function("io", AnyThrowableTest::failOnTwo))
                    .sinkToList();
            CompletableFuture<Void> failed = source.emit(2).toCompletableFuture();
            ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, e.getCause());
            assertEquals("map: io", StageFailure.stageOf(e.getCause()));
            source.emit(3).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(List.of(3), out);
        }
    }

    @Test
    void behindABufferTheFailingElementIsReportedAndTheQueuedOnesGoOn() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        ListSink<Integer> out = source.buffer(10)
                .map(Named.function("io", AnyThrowableTest::failOnTwo))
                .sinkToList();
        for (int i = 1; i <= 4; i++) {
            source.emit(i);
        }
        loop.runDue();
        assertEquals(List.of(1, 3, 4), out);
        Throwable reported = loop.failures().get(0);
        assertInstanceOf(IOException.class, reported);
        assertEquals("map: io", StageFailure.stageOf(reported));
        assertEquals(1, loop.failures().size());
    }

    @Test
    void aLoopTaskThrowingAnUndeclaredCheckedExceptionIsReportedAndTheLoopGoesOn() throws Exception {
        CompletableFuture<Throwable> reported = new CompletableFuture<>();
        try (ScheduledEventLoop loop = new ScheduledEventLoop("any-throwable-task", reported::complete)) {
            loop.execute(() -> {
                throw sneakyThrow(new IOException("task"));
            });
            assertEquals("task", reported.get(10, TimeUnit.SECONDS).getMessage());
            CompletableFuture<String> after = new CompletableFuture<>();
            loop.execute(() -> after.complete("ran"));
            assertEquals("ran", after.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aDelayedElementsUndeclaredCheckedExceptionFailsItsFuture() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.delay(Duration.ofSeconds(1))
                .map(Named.function("io", AnyThrowableTest::failOnTwo))
                .sinkToList();
        CompletableFuture<Void> done = source.emit(2).toCompletableFuture();
        loop.advanceBy(Duration.ofSeconds(1));
        assertTrue(done.isCompletedExceptionally());
        IOException e = assertThrows(IOException.class, () -> loop.await(done));
        assertEquals("map: io", StageFailure.stageOf(e));
    }

    @Test
    void aSinkAsyncWhoseFunctionThrowsAnErrorNamesTheSink() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.sinkAsync(Named.function("write", (Integer x) -> {
            throw new AssertionError("write " + x);
        }));
        AssertionError e = assertThrows(AssertionError.class, () -> source.emit(1));
        assertEquals("sink: write", StageFailure.stageOf(e));
    }

    @Test
    void aMapAsyncCallThrowingAnErrorFreesItsSlotIsReportedAndTheNextElementGoesOn() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        Function<Integer, CompletableFuture<Integer>> lookup = x -> {
            if (x == 2) {
                throw new AssertionError("lookup " + x);
            }
            return CompletableFuture.completedFuture(x * 10);
        };
        ListSink<Integer> out =
                source.mapAsync(Named.function("lookup", lookup), 1).sinkToList();
        for (int i = 1; i <= 3; i++) {
            loop.await(source.emit(i));
        }
        loop.runDue();
        assertEquals(List.of(10, 30), out);
        assertEquals(1, loop.failures().size());
        Throwable reported = loop.failures().get(0);
        assertInstanceOf(AssertionError.class, reported);
        assertEquals("mapAsync: lookup", StageFailure.stageOf(reported));
    }

    @Test
    void aMapAsyncStageFailingWithACheckedExceptionIsReportedNamingTheStage() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        IOException gone = new IOException("gone");
        ListSink<Integer> out = source.mapAsync(
                        Named.function(
                                "lookup",
                                (Integer x) -> x == 1
                                        ? CompletableFuture.<Integer>failedFuture(gone)
                                        : CompletableFuture.completedFuture(x)),
                        1)
                .sinkToList();
        loop.await(source.emit(1));
        loop.await(source.emit(2));
        loop.runDue();
        assertEquals(List.of(2), out);
        assertSame(gone, loop.failures().get(0));
        assertEquals("mapAsync: lookup", StageFailure.stageOf(gone));
    }
}
