package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream.Builder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad runtime inputs: each fails when the operator is called (never at the first
 * emit) with an exception naming the operator, and leaves the graph exactly as it was: no node
 * attached to any input, no loop adopted, nothing added to {@link GlobalSinks}.
 */
class BadInputCorpusTest {
    private static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);

    /** The graphs every case starts from, fresh for each case. */
    static final class Graphs {
        final Stream<Integer> plain = new Stream<>("plain");
        final Stream<Integer> other = new Stream<>("other");
        final VirtualTimeLoop loop = new VirtualTimeLoop();
        final Stream<Integer> looped = new Stream<>("looped", loop);
        final Stream<Integer> elsewhere = new Stream<>("elsewhere", new VirtualTimeLoop());
        final ScheduledEventLoop closedLoop = new ScheduledEventLoop("corpus-closed");
        final Stream<Integer> onClosedLoop = new Stream<>("onClosedLoop", closedLoop);

        Graphs() {
            closedLoop.close();
        }

        List<Stream<?>> all() {
            return List.of(plain, other, looped, elsewhere, onClosedLoop);
        }
    }

    private static Arguments bad(String operator, Class<? extends RuntimeException> type, Consumer<Graphs> call) {
        return Arguments.of(operator, type, call);
    }

    private static final Class<NullPointerException> NPE = NullPointerException.class;
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<IllegalStateException> ISE = IllegalStateException.class;
    private static final Class<RejectedExecutionException> CLOSED = RejectedExecutionException.class;

    static java.util.stream.Stream<Arguments> corpus() {
        Builder<Arguments> b = java.util.stream.Stream.builder();
        // functions
        b.add(bad("map", NPE, g -> g.plain.map((Function<Integer, Integer>) null)));
        b.add(bad("map", NPE, g -> g.plain.map((BiFunction<Integer, Integer, Integer>) null, 1)));
        b.add(bad("filter", NPE, g -> g.plain.filter((Predicate<Integer>) null)));
        b.add(bad("filter", NPE, g -> g.plain.filter((BiPredicate<Integer, Integer>) null, 1)));
        b.add(bad("remove", NPE, g -> g.plain.remove(null)));
        b.add(bad("accumulate", NPE, g -> g.plain.accumulate((BiFunction<Integer, Integer, Integer>) null, 0)));
        b.add(bad("accumulate", NPE, g -> g.plain.accumulate((BinaryOperator<Integer>) null)));
        b.add(bad(
                "accumulateReturningState",
                NPE,
                g -> g.plain.accumulateReturningState(
                        (BiFunction<Integer, Integer, Accumulated<Integer, Integer>>) null, 0)));
        b.add(bad("accumulateReturningState", NPE, g -> g.plain.accumulateReturningState(null)));
        b.add(bad("sink", NPE, g -> g.plain.sink((Consumer<Integer>) null)));
        b.add(bad("sink", NPE, g -> g.plain.sink((BiConsumer<Integer, Integer>) null, 1)));
        b.add(bad("sinkToTextFile", NPE, g -> g.plain.sinkToTextFile(null)));
        b.add(bad(
                "sinkToTextFile",
                UncheckedIOException.class,
                g -> g.plain.sinkToTextFile(Path.of("/proc/no/such/dir/x"))));
        b.add(bad("sinkAsync", NPE, g -> g.looped.sinkAsync(null)));
        b.add(bad("mapAsync", NPE, g -> g.looped.mapAsync(null)));
        b.add(bad("mapAsync", IAE, g -> g.looped.mapAsync(CompletableFuture::completedFuture, 0)));
        b.add(bad("mapAsync", IAE, g -> g.plain.mapAsync(CompletableFuture::completedFuture, -1)));
        b.add(bad("starmap", NPE, g -> g.plain.starmap((BiFunction<Object, Object, Object>) null)));
        b.add(bad("starmap", NPE, g -> g.plain.starmap((TriFunction<Object, Object, Object, Object>) null)));
        b.add(bad("routeFailuresTo", NPE, g -> g.plain.routeFailuresTo(null)));
        // sizes
        b.add(bad("partition", IAE, g -> g.plain.partition(0)));
        b.add(bad("partition", IAE, g -> g.plain.partition(-1)));
        b.add(bad("partition", IAE, g -> g.plain.partition(0, x -> x)));
        b.add(bad("partition", NPE, g -> g.plain.partition(2, (Function<Integer, Object>) null)));
        b.add(bad("slidingWindow", IAE, g -> g.plain.slidingWindow(0)));
        b.add(bad("slidingWindow", IAE, g -> g.plain.slidingWindow(-5, true)));
        b.add(bad("unique", IAE, g -> g.plain.unique(-1)));
        b.add(bad("unique", NPE, g -> g.plain.unique((Function<Integer, Object>) null)));
        b.add(bad("unique", IAE, g -> g.plain.unique(-1, x -> x)));
        b.add(bad("unique", NPE, g -> g.plain.unique(3, null)));
        b.add(bad("partitionUnique", NPE, g -> g.plain.partitionUnique(2, null)));
        b.add(bad("partitionUnique", NPE, g -> g.plain.partitionUnique(2, null, Keep.LAST)));
        b.add(bad("partitionUnique", NPE, g -> g.plain.partitionUnique(2, x -> x, null)));
        b.add(bad("timedWindowUnique", NPE, g -> g.looped.timedWindowUnique(Duration.ofSeconds(1), null, Keep.FIRST)));
        b.add(bad("timedWindowUnique", NPE, g -> g.looped.timedWindowUnique(1.0, null, Keep.FIRST)));
        b.add(bad("timedWindowUnique", NPE, g -> g.looped.timedWindowUnique(Duration.ofSeconds(1), x -> x, null)));
        b.add(bad(
                "alignedTimedWindowUnique",
                NPE,
                g -> g.looped.alignedTimedWindowUnique(Duration.ofSeconds(1), null, Keep.FIRST)));
        b.add(bad("buffer", IAE, g -> g.plain.buffer(0)));
        b.add(bad("buffer", IAE, g -> g.looped.buffer(-1)));
        b.add(bad("zip", IAE, g -> g.plain.zipWithMaxsize(0, g.other)));
        b.add(bad("pluck", NPE, g -> g.plain.pluck((int[]) null)));
        b.add(bad("pluck", NPE, g -> g.plain.pluck((List<?>) null)));
        // durations: null, negative or zero, beyond EventLoop.MAX_DELAY, not a number of seconds
        b.add(bad("partition", NPE, g -> g.plain.partition(2, (Duration) null)));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, Duration.ZERO)));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, Duration.ofSeconds(-1))));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, HUGE)));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, 0.0)));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, Double.NaN)));
        b.add(bad("partition", IAE, g -> g.plain.partition(2, 1e300)));
        b.add(bad("partition", NPE, g -> g.plain.partition(2, Duration.ofSeconds(1), null)));
        b.add(bad("partition", IAE, g -> g.plain.partition(0, Duration.ofSeconds(1), x -> x)));
        b.add(bad("delay", NPE, g -> g.plain.delay(null)));
        b.add(bad("delay", IAE, g -> g.plain.delay(Duration.ofSeconds(-1))));
        b.add(bad("delay", IAE, g -> g.plain.delay(HUGE)));
        b.add(bad("delay", IAE, g -> g.plain.delay(EventLoop.MAX_DELAY.plusNanos(1))));
        b.add(bad("delay", IAE, g -> g.plain.delay(-1.0)));
        b.add(bad("delay", IAE, g -> g.plain.delay(Double.NaN)));
        b.add(bad("delay", IAE, g -> g.plain.delay(Double.POSITIVE_INFINITY)));
        b.add(bad("delay", IAE, g -> g.plain.delay(1e300)));
        b.add(bad("rateLimit", NPE, g -> g.plain.rateLimit(null)));
        b.add(bad("rateLimit", IAE, g -> g.plain.rateLimit(Duration.ofMillis(-1))));
        b.add(bad("rateLimit", IAE, g -> g.plain.rateLimit(HUGE)));
        b.add(bad("rateLimit", IAE, g -> g.plain.rateLimit(1e300)));
        b.add(bad("timedWindow", NPE, g -> g.plain.timedWindow(null)));
        b.add(bad("timedWindow", IAE, g -> g.plain.timedWindow(Duration.ZERO)));
        b.add(bad("timedWindow", IAE, g -> g.plain.timedWindow(Duration.ofSeconds(-1))));
        b.add(bad("timedWindow", IAE, g -> g.plain.timedWindow(HUGE)));
        b.add(bad("timedWindow", IAE, g -> g.plain.timedWindow(0.0)));
        b.add(bad("timedWindow", IAE, g -> g.plain.timedWindow(1e300)));
        // joins: null inputs, inputs on two loops
        b.add(bad("union", NPE, g -> g.plain.union((Stream<Integer>[]) null)));
        b.add(bad("union", NPE, g -> g.plain.union(g.other, null)));
        b.add(bad("union", ISE, g -> g.looped.union(g.elsewhere)));
        b.add(bad("zip", NPE, g -> g.plain.zip((Object[]) null)));
        b.add(bad("zip", ISE, g -> g.looped.zip(g.plain, g.elsewhere)));
        b.add(bad("combineLatest", NPE, g -> g.plain.combineLatest((Stream<?>[]) null)));
        b.add(bad("combineLatest", NPE, g -> g.plain.combineLatest(g.other, null)));
        b.add(bad("combineLatest", ISE, g -> g.looped.combineLatest(g.elsewhere)));
        b.add(bad("combineLatest", NPE, g -> g.plain.combineLatest(null, List.of(g.other))));
        b.add(bad("combineLatest", NPE, g -> g.plain.combineLatest(List.of(g.other), null)));
        b.add(bad("combineLatest", IAE, g -> g.plain.combineLatest(List.of(g.other), List.of())));
        b.add(bad("combineLatest", IAE, g -> g.plain.combineLatest(List.of(g.other), List.of(g.looped))));
        b.add(bad("zipLatest", NPE, g -> g.plain.zipLatest((Stream<?>[]) null)));
        b.add(bad("zipLatest", NPE, g -> g.plain.zipLatest(g.other, null)));
        b.add(bad("zipLatest", ISE, g -> g.elsewhere.zipLatest(g.looped)));
        // a closed loop takes no time operator
        b.add(bad("buffer", CLOSED, g -> g.onClosedLoop.buffer(2)));
        b.add(bad("delay", CLOSED, g -> g.onClosedLoop.delay(Duration.ofSeconds(1))));
        b.add(bad("rateLimit", CLOSED, g -> g.onClosedLoop.rateLimit(Duration.ofSeconds(1))));
        b.add(bad("timedWindow", CLOSED, g -> g.onClosedLoop.timedWindow(Duration.ofSeconds(1))));
        b.add(bad("latest", CLOSED, g -> g.onClosedLoop.latest()));
        b.add(bad("partition", CLOSED, g -> g.onClosedLoop.partition(2, Duration.ofSeconds(1))));
        b.add(bad("mapAsync", CLOSED, g -> g.onClosedLoop.mapAsync(CompletableFuture::completedFuture)));
        b.add(bad("sinkAsync", CLOSED, g -> g.onClosedLoop.sinkAsync(CompletableFuture::completedFuture)));
        // graph changes and the rest
        b.add(bad("connect", NPE, g -> g.plain.connect(null)));
        b.add(bad("connect", ISE, g -> g.looped.connect(g.elsewhere)));
        b.add(bad("disconnect", NPE, g -> g.plain.disconnect(null)));
        b.add(bad("disconnect", IAE, g -> g.plain.disconnect(g.other)));
        b.add(bad("Stream", NPE, g -> new Stream<Integer>((EventLoop) null).connect(g.plain)));
        b.add(bad("destroy", NPE, g -> g.plain.destroy((Stream<?>[]) null)));
        b.add(bad("destroy", NPE, g -> g.plain.destroy((Stream<?>) null)));
        b.add(bad("destroy", IAE, g -> g.plain.destroy(g.other)));
        b.add(bad("emit into <plain; Stream>: metadata must", NPE, g -> g.plain.emit(1, null)));
        b.add(bad(
                "emit into <plain; Stream>: metadata[1] must",
                NPE,
                g -> g.plain.emit(1, Arrays.asList(Map.of("a", 1), null))));
        b.add(bad("Source: driver", NPE, g -> new Source<Integer>(g.loop, null)));
        b.add(bad("fromIterable: items", NPE, g -> Source.fromIterable(null)));
        b.add(bad("fromPeriodic: callback", NPE, g -> Source.fromPeriodic(null, Duration.ofSeconds(1))));
        b.add(bad("fromTextFile: file", NPE, g -> Source.fromTextFile(null)));
        b.add(bad("fromQueue: queue", NPE, g -> Source.fromQueue(null)));
        b.add(bad("filenames: pattern", NPE, g -> Source.filenames(null)));
        b.add(bad("fromProcess: command", NPE, g -> Source.fromProcess((List<String>) null)));
        b.add(bad("fromProcess: commandLine", NPE, g -> Source.fromProcess((String) null)));
        b.add(bad("toDot", NPE, g -> g.plain.toDot((Map<String, String>) null)));
        b.add(bad("visualize", NPE, g -> {
            try {
                g.plain.visualize((Path) null);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return b.build();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("corpus")
    void failsAtOnceNamingTheOperatorAndLeavesTheGraphAsItWas(
            String operator, Class<? extends RuntimeException> type, Consumer<Graphs> call) {
        Graphs g = new Graphs();
        List<List<Stream<?>>> downstreams = new ArrayList<>();
        List<Object> loops = new ArrayList<>();
        for (Stream<?> s : g.all()) {
            downstreams.add(s.downstreams());
            loops.add(s.loop());
        }
        int sinks = GlobalSinks.size();

        RuntimeException e = assertThrows(type, () -> call.accept(g));
        assertTrue(e.getMessage() != null && e.getMessage().contains(operator), operator + ": " + e.getMessage());

        for (int i = 0; i < g.all().size(); i++) {
            Stream<?> s = g.all().get(i);
            assertEquals(downstreams.get(i), s.downstreams(), operator + " left a node attached to " + s);
            assertEquals(loops.get(i), s.loop(), operator + " moved " + s + " onto a loop");
        }
        assertEquals(sinks, GlobalSinks.size(), operator + " registered a sink");
        assertEquals(0, g.loop.pendingTasks(), operator + " scheduled something");
    }

    @ParameterizedTest(name = "corpus size")
    @MethodSource("sizes")
    void theCorpusHoldsAtLeastSixtyInputs(long size) {
        assertTrue(size >= 60, "only " + size);
    }

    static java.util.stream.Stream<Long> sizes() {
        return java.util.stream.Stream.of(corpus().count());
    }
}
