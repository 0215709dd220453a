package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every operator whose own code or input can fail routes that failure ({@code routeFailuresTo}):
 * the failed element and the stage go to the error stream, and the emit waits for the error
 * stream's work, as for any element's work downstream.
 */
class RoutedFailureOfEveryOperatorTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private record Case(String what, Function<Stream<Object>, Stream<?>> stage, Object element, Class<?> error) {}

    private static Object failingKey(Object x) {
        throw new IllegalStateException("no key for " + x);
    }

    private static final List<Case> CASES = List.of(
            new Case("pluck of a missing index", s -> s.pluck(5), List.of(1, 2), IndexOutOfBoundsException.class),
            new Case("starmap of null", s -> s.starmap((Object a, Object b) -> a), null, NullPointerException.class),
            new Case(
                    "starmap of a non-tuple",
                    s -> s.starmap((Object a, Object b) -> a),
                    "ab",
                    IllegalArgumentException.class),
            new Case(
                    "starmap of a wrong size",
                    s -> s.starmap((Object a, Object b) -> a),
                    List.of(1, 2, 3),
                    IllegalArgumentException.class),
            new Case(
                    "starmap's function",
                    s -> s.starmap((Object a, Object b) -> (Integer) a / (Integer) b),
                    List.of(1, 0),
                    ArithmeticException.class),
            new Case(
                    "starmap of three",
                    s -> s.starmap((Object a, Object b, Object c) -> a),
                    Arrays.asList(1, 2),
                    IllegalArgumentException.class),
            new Case(
                    "accumulate returning no state",
                    s -> s.<Object, Object>accumulateReturningState((acc, x) -> null, 0),
                    1,
                    NullPointerException.class),
            new Case("flatten of a non-iterable", Stream::flatten, 5, IllegalArgumentException.class),
            new Case(
                    "partition's key",
                    s -> s.partition(2, RoutedFailureOfEveryOperatorTest::failingKey),
                    1,
                    IllegalStateException.class),
            new Case(
                    "partitionUnique's key",
                    s -> s.partitionUnique(2, RoutedFailureOfEveryOperatorTest::failingKey),
                    1,
                    IllegalStateException.class),
            new Case(
                    "timedWindowUnique's key",
                    s -> s.timedWindowUnique(
                            Duration.ofSeconds(1), RoutedFailureOfEveryOperatorTest::failingKey, Keep.FIRST),
                    1,
                    IllegalStateException.class),
            new Case(
                    "unique's key",
                    s -> s.unique(RoutedFailureOfEveryOperatorTest::failingKey),
                    1,
                    IllegalStateException.class));

    @Test
    void theEmitWaitsForTheErrorStreamsWorkOnTheRoutedFailure() {
        for (Case c : CASES) {
            Stream<Object> source = new Stream<>(loop);
            Stream<FailedElement> errors = new Stream<>(loop);
            List<FailedElement> routed = new ArrayList<>();
            CompletableFuture<Void> write = new CompletableFuture<>();
            errors.sinkAsync(failed -> {
                routed.add(failed);
                return write;
            });
            Stream<?> stage = c.stage().apply(source).routeFailuresTo(errors);
            List<Object> out = new ArrayList<>();
            stage.sink(out::add);
            CompletableFuture<Void> emitted = source.emit(c.element()).toCompletableFuture();
            assertEquals(1, routed.size(), c.what());
            FailedElement failed = routed.get(0);
            assertEquals(stage.label(), failed.stage(), c.what());
            assertSame(c.element(), failed.element(), c.what());
            assertInstanceOf(c.error(), failed.error(), c.what());
            assertEquals(stage.label(), StageFailure.stageOf(failed.error()), c.what());
            assertFalse(emitted.isDone(), c.what() + ": waits for the error stream's write");
            write.complete(null);
            assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally(), c.what());
            assertEquals(List.of(), out, c.what());
        }
    }
}
