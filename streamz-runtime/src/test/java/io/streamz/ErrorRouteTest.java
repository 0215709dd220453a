package io.streamz;

import static io.streamz.Sneaky.sneakyThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The error route: a stage's failures as data on a stream of their own, per-stage choice of fail or route. */
class ErrorRouteTest {
    private final Stream<String> source = new Stream<>("lines");
    private final Stream<FailedElement> errors = new Stream<>("errors");
    private final ListSink<FailedElement> failures = errors.sinkToList();

    @Test
    void aRoutingStageDropsTheElementRoutesTheFailureAndLetsTheRestFlow() {
        ListSink<Integer> parsed = source.map(Named.function("parse", Integer::parseInt))
                .routeFailuresTo(errors)
                .sinkToList();
        ListSink<String> sibling = source.sinkToList();
        source.emit("1");
        source.emit("x");
        source.emit("3");
        assertEquals(List.of(1, 3), parsed);
        assertEquals(List.of("1", "x", "3"), sibling, "a later sibling still receives the failing element");
        FailedElement failed = failures.get(0);
        assertEquals("map: parse", failed.stage());
        assertEquals("x", failed.element());
        assertInstanceOf(NumberFormatException.class, failed.error());
        assertEquals("map: parse", StageFailure.stageOf(failed.error()));
        assertEquals(1, failures.size());
    }

    @Test
    void theDefaultIsToFailAndFailOnFailureRestoresIt() {
        Stream<Integer> parse = source.map(Named.function("parse", Integer::parseInt));
        parse.sinkToList();
        assertThrows(NumberFormatException.class, () -> source.emit("x"));
        parse.routeFailuresTo(errors);
        source.emit("y");
        assertEquals(1, failures.size());
        assertSame(parse, parse.failOnFailure());
        assertThrows(NumberFormatException.class, () -> source.emit("z"));
        assertEquals(1, failures.size());
    }

    @Test
    void aFailureOfALaterStageIsNotRoutedByAnEarlierOne() {
        Stream<Integer> parse =
                source.map(Named.function("parse", Integer::parseInt)).routeFailuresTo(errors);
        parse.sink(Named.consumer("fragile", (Integer x) -> {
            throw new IllegalStateException("fragile " + x);
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit("1"));
        assertEquals("sink: fragile", StageFailure.stageOf(e));
        assertEquals(List.of(), failures);
    }

    @Test
    void everyKindOfStageWithCodeOfItsOwnRoutes() {
        Stream<Object> objects = new Stream<>();
        objects.map(x -> (Integer) x).routeFailuresTo(errors).named("cast");
        objects.filter(x -> ((String) x).isEmpty()).routeFailuresTo(errors);
        objects.flatten().routeFailuresTo(errors);
        objects.pluck(0).routeFailuresTo(errors);
        objects.sink(Named.consumer("out", x -> {
                    throw sneakyThrow(new IOException("out"));
                }))
                .routeFailuresTo(errors);
        objects.emit(42L);
        List<String> stages = new ArrayList<>();
        failures.forEach(f -> stages.add(f.stage()));
        assertEquals(List.of("cast; map: <lambda>", "filter: <lambda>", "flatten", "pluck: 0", "sink: out"), stages);
        failures.forEach(f -> assertEquals(42L, f.element()));
        assertInstanceOf(IOException.class, failures.get(4).error(), "an undeclared checked exception routes too");
    }

    @Test
    void aRoutedAccumulateFailureLeavesTheStateAsItWas() {
        Stream<Integer> numbers = new Stream<>();
        BiFunction<Integer, Integer, Integer> add = (sum, x) -> {
            if (x < 0) {
                throw new IllegalArgumentException("negative " + x);
            }
            return sum + x;
        };
        ListSink<Integer> sums =
                numbers.accumulate(add, 0).routeFailuresTo(errors).sinkToList();
        numbers.emit(1);
        numbers.emit(-5);
        numbers.emit(2);
        assertEquals(List.of(1, 3), sums);
        assertEquals(-5, failures.get(0).element());
    }

    @Test
    void aFailingAsyncSinkRoutesFromTheLoopAndTheEmitFutureCompletesNormally() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> numbers = new Stream<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        numbers.sinkAsync(Named.function("write", (Integer x) -> write)).routeFailuresTo(errors);
        CompletableFuture<Void> done = numbers.emit(7).toCompletableFuture();
        IOException refused = new IOException("refused");
        write.completeExceptionally(refused);
        loop.runDue();
        assertTrue(done.isDone() && !done.isCompletedExceptionally(), "the failure was routed, not failed");
        assertEquals(new FailedElement("sink: write", 7, refused), failures.get(0));
        assertEquals("sink: write", StageFailure.stageOf(refused));
        assertEquals(List.of(), loop.failures());
    }

    /**
     * A route's own asynchronous work is the emit's: its future completes when the route's sinks
     * are done, for a failure routed at once (a map's) and one routed from the loop (an async sink's).
     */
    @Test
    void theEmitWaitsForAsynchronousWorkOnTheErrorRoute() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<String> lines = new Stream<>("lines", loop);
        Stream<FailedElement> slowErrors = new Stream<>("slow errors", loop);
        List<CompletableFuture<Void>> alerts = new ArrayList<>();
        List<String> alerted = new ArrayList<>();
        slowErrors.sinkAsync(f -> {
            alerted.add(f.stage() + " " + f.element());
            CompletableFuture<Void> alert = new CompletableFuture<>();
            alerts.add(alert);
            return alert;
        });
        ListSink<Integer> parsed = lines.map(Named.function("parse", Integer::parseInt))
                .routeFailuresTo(slowErrors)
                .sinkToList();
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        lines.sinkAsync(Named.function("write", (String x) -> {
                    CompletableFuture<Void> write = new CompletableFuture<>();
                    writes.add(write);
                    return write;
                }))
                .routeFailuresTo(slowErrors);
        CompletableFuture<Void> x = lines.emit("x").toCompletableFuture();
        CompletableFuture<Void> y = lines.emit("y").toCompletableFuture();
        writes.get(0).completeExceptionally(new IOException("refused x"));
        writes.get(1).completeExceptionally(new IOException("refused y"));
        loop.runDue();
        assertEquals(List.of("map: parse x", "map: parse y", "sink: write x", "sink: write y"), alerted);
        alerts.get(2).complete(null); // x's write alert done, its parse alert pending
        alerts.get(1).complete(null); // y's parse alert done, its write alert pending
        loop.runDue();
        assertFalse(x.isDone(), "x waits for its parse failure's alert");
        assertFalse(y.isDone(), "y waits for its write failure's alert");
        alerts.get(0).complete(null);
        alerts.get(3).complete(null);
        loop.runDue();
        assertTrue(x.isDone() && !x.isCompletedExceptionally());
        assertTrue(y.isDone() && !y.isCompletedExceptionally());
        assertEquals(List.of(), parsed);
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void aFailingMapAsyncCallIsRoutedInsteadOfReported() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> numbers = new Stream<>(loop);
        ListSink<Integer> out = numbers.mapAsync(
                        Named.function("lookup", (Integer x) -> {
                            if (x == 2) {
                                throw new AssertionError("no " + x);
                            }
                            return CompletableFuture.completedFuture(x);
                        }),
                        1)
                .routeFailuresTo(errors)
                .sinkToList();
        for (int i = 1; i <= 3; i++) {
            loop.await(numbers.emit(i));
        }
        loop.runDue();
        assertEquals(List.of(1, 3), out);
        assertEquals("mapAsync: lookup", failures.get(0).stage());
        assertEquals(2, failures.get(0).element());
        assertInstanceOf(AssertionError.class, failures.get(0).error());
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void aFailureInTheErrorStreamReachesTheCallerWithTheRoutedOneSuppressed() {
        Stream<FailedElement> brokenErrors = new Stream<>("broken");
        brokenErrors.sink(Named.consumer("alert", f -> {
            throw new IllegalStateException("pager down");
        }));
        source.map(Named.function("parse", Integer::parseInt))
                .routeFailuresTo(brokenErrors)
                .sinkToList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.emit("x"));
        assertEquals("sink: alert", StageFailure.stageOf(e));
        assertInstanceOf(NumberFormatException.class, e.getSuppressed()[1]);
    }

    @Test
    void aStackOverflowIsNeverRouted() {
        Stream<Integer> numbers = new Stream<>();
        numbers.map(x -> x + 1).routeFailuresTo(errors).sink(numbers::emit);
        StageOverflowException e = assertThrows(StageOverflowException.class, () -> numbers.emit(0));
        assertTrue(e.getMessage().contains("buffer"), e.getMessage());
        assertEquals(List.of(), failures);
        assertSame(e.stage(), StageFailure.stageOf(e));
    }
}
