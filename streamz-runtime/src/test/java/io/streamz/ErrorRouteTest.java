package io.streamz;

import static io.streamz.Sneaky.sneakyThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
