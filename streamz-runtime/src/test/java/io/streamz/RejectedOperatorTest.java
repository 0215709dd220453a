package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An operator that rejects its arguments leaves the graph exactly as it was: no half-built node
 * stays attached for the next emit to reach (a bad {@code buffer(0)} used to leave a node whose
 * buffer was never created, so the next emit failed with a {@code NullPointerException}).
 */
class RejectedOperatorTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final Stream<Integer> source = new Stream<>(loop);
    private final Stream<Integer> other = new Stream<>(loop);

    @Test
    void everyRejectedOperatorLeavesNoNodeBehindAndTheNextEmitWorks() {
        Map<String, Executable> rejected = Map.ofEntries(
                Map.entry("map", () -> source.map((Function<Integer, Integer>) null)),
                Map.entry("starmap", () -> source.starmap((TriFunction<Object, Object, Object, Object>) null)),
                Map.entry("accumulate", () -> source.accumulate((BinaryOperator<Integer>) null)),
                Map.entry("sink", () -> source.sink((Consumer<Integer>) null)),
                Map.entry("sinkAsync", () -> source.sinkAsync(null)),
                Map.entry("mapAsync", () -> source.mapAsync(x -> null, 0)),
                Map.entry("buffer", () -> source.buffer(0)),
                Map.entry("delay", () -> source.delay(Duration.ofSeconds(-1))),
                Map.entry("rateLimit", () -> source.rateLimit(Duration.ofSeconds(-1))),
                Map.entry("timedWindow", () -> source.timedWindow(Duration.ZERO)),
                Map.entry("partition", () -> source.partition(0)),
                Map.entry("partitionTimeout", () -> source.partition(2, Duration.ZERO)),
                Map.entry("slidingWindow", () -> source.slidingWindow(0)),
                Map.entry("unique", () -> source.unique(-1)),
                Map.entry("zip", () -> source.zipWithMaxsize(0, other)),
                Map.entry("combineLatest", () -> source.combineLatest(List.of(other), List.of())),
                Map.entry("combineLatestEmitOn", () -> source.combineLatest(List.of(other), List.of(new Stream<>()))));
        rejected.forEach((operator, call) -> {
            RuntimeException e = assertThrows(RuntimeException.class, call, operator);
            assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException, operator + ": " + e);
            assertEquals(List.of(), source.downstreams(), operator + " left a node attached");
            assertEquals(List.of(), other.downstreams(), operator + " left a node attached to its other input");
        });
        List<Integer> out = source.sinkToList();
        source.emit(1);
        assertEquals(List.of(1), out);
    }
}
