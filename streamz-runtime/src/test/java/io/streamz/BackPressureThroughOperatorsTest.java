package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The back-pressure promise through every synchronous operator: an emit's future completes only
 * when every asynchronous write it caused downstream has completed, fails when one fails, and is
 * done at once when it caused none. Each case emits a fixed input into {@code operator} in front
 * of a {@code sinkAsync} whose writes the test completes one at a time.
 */
class BackPressureThroughOperatorsTest {

    /** An operator between the source and the asynchronous sink, and what to emit through it. */
    record Case(String name, Function<Stream<Object>, Stream<?>> operator, List<Object> inputs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Object> ints = List.of(3, 1, 3, 4, 1, 5, 9, 2, 6);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("map", s -> s.map(x -> (Integer) x * 2), ints));
        cases.add(new Case("map with an argument", s -> s.map((x, k) -> (Integer) x + (Integer) k, 10), ints));
        cases.add(new Case("filter", s -> s.filter(x -> (Integer) x % 2 == 1), ints));
        cases.add(new Case("filter with an argument", s -> s.filter((x, k) -> (Integer) x > (Integer) k, 3), ints));
        cases.add(
                new Case("filter truthy", Stream::filter, List.of(0, 1, "", "a", false, true, List.of(), List.of(1))));
        cases.add(new Case("accumulate", s -> s.accumulate((a, x) -> (Integer) a + (Integer) x, 0), ints));
        cases.add(new Case("accumulate without a start", s -> s.accumulate((a, x) -> (Integer) a + (Integer) x), ints));
        cases.add(new Case(
                "flatten",
                Stream::flatten,
                List.of(
                        List.of(1, 2),
                        List.of(),
                        new int[] {3, 4, 5},
                        List.of(6).iterator(),
                        java.util.stream.Stream.of(7, 8),
                        new String[] {"a"})));
        cases.add(new Case("partition", s -> s.partition(3), ints));
        cases.add(new Case("partition by key", s -> s.partition(2, x -> (Integer) x % 2), ints));
        cases.add(new Case("partitionUnique", s -> s.partitionUnique(2), ints));
        cases.add(new Case("slice", s -> s.slice(1, 7, 2), ints));
        cases.add(new Case("slidingWindow", s -> s.slidingWindow(3), ints));
        cases.add(new Case("slidingWindow with partial windows", s -> s.slidingWindow(3, true), ints));
        cases.add(new Case("unique", Stream::unique, ints));
        cases.add(new Case("unique with a history", s -> s.unique(2), ints));
        cases.add(new Case("unique by key", s -> s.unique(x -> (Integer) x % 3), ints));
        List<Object> pairs = List.of(List.of(1, "a"), List.of(2, "b"), List.of(3, "c"));
        cases.add(new Case("pluck an index", s -> s.pluck(1), pairs));
        cases.add(new Case("pluck indices", s -> s.pluck(1, 0), pairs));
        cases.add(new Case("pluck a key", s -> s.pluck((Object) "k"), List.of(Map.of("k", 1), Map.of("k", 2, "j", 0))));
        BiFunction<Integer, String, String> repeat = (n, text) -> text.repeat(n);
        cases.add(new Case("starmap", s -> s.starmap(repeat), pairs));
        cases.add(new Case("union", s -> s.union(new Stream<>()), ints));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEmitCompletesWhenEveryWriteItCausedDid(Case c) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Object> source = new Source<>(loop);
        List<CompletableFuture<Void>> writes = writesOf(c.operator().apply(source));
        int emitsWithWrites = 0;
        for (Object input : c.inputs()) {
            int before = writes.size();
            CompletableFuture<Void> emitted = source.emit(input).toCompletableFuture();
            List<CompletableFuture<Void>> caused = List.copyOf(writes.subList(before, writes.size()));
            if (caused.isEmpty()) {
                assertTrue(
                        emitted.isDone() && !emitted.isCompletedExceptionally(), c + ": " + input + " wrote nothing");
                continue;
            }
            emitsWithWrites++;
            for (CompletableFuture<Void> write : caused) {
                assertFalse(emitted.isDone(), c + ": " + input + " completed before its writes");
                write.complete(null);
            }
            assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally(), c + ": " + input);
        }
        assertTrue(emitsWithWrites > 0, c + " wrote nothing at all: not a test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEmitFailsWhenAWriteItCausedFails(Case c) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Object> source = new Source<>(loop);
        List<CompletableFuture<Void>> writes = writesOf(c.operator().apply(source));
        for (Object input : c.inputs()) {
            int before = writes.size();
            CompletableFuture<Void> emitted = source.emit(input).toCompletableFuture();
            if (writes.size() == before) {
                continue;
            }
            writes.get(writes.size() - 1).completeExceptionally(new IllegalStateException("write failed"));
            writes.subList(before, writes.size() - 1).forEach(w -> w.complete(null));
            assertTrue(emitted.isCompletedExceptionally(), c + ": " + input);
            Throwable failure = emitted.handle((value, t) -> t).join();
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            assertInstanceOf(IllegalStateException.class, cause, c + ": " + failure);
            assertEquals("write failed", cause.getMessage());
            return;
        }
        throw new AssertionError(c + " wrote nothing at all: not a test");
    }

    /** A join's emit waits for what it released downstream, whichever input released it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("joins")
    void aJoinsEmitCompletesWhenTheWritesItReleasedDid(
            String name, BiFunction<Stream<Object>, Stream<Object>, Stream<?>> join) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Object> left = new Source<>(loop);
        Source<Object> right = new Source<>(loop);
        List<CompletableFuture<Void>> writes = writesOf(join.apply(left, right));
        int released = 0;
        for (int i = 0; i < 6; i++) {
            Source<Object> into = i % 3 == 0 ? right : left;
            int before = writes.size();
            CompletableFuture<Void> emitted = into.emit(i).toCompletableFuture();
            if (writes.size() == before) {
                continue;
            }
            released++;
            assertFalse(emitted.isDone(), name + ": emit " + i);
            writes.subList(before, writes.size()).forEach(w -> w.complete(null));
            assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally(), name + ": emit " + i);
        }
        assertTrue(released > 1, name + " released " + released);
    }

    /** An asynchronous sink on {@code stream} whose writes stay pending until the test completes them. */
    private static List<CompletableFuture<Void>> writesOf(Stream<?> stream) {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        stream.sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        return writes;
    }

    static List<Object[]> joins() {
        List<Object[]> joins = new ArrayList<>();
        joins.add(new Object[] {"zip", (BiFunction<Stream<Object>, Stream<Object>, Stream<?>>) (a, b) -> a.zip(b)});
        joins.add(new Object[] {
            "combineLatest", (BiFunction<Stream<Object>, Stream<Object>, Stream<?>>) (a, b) -> a.combineLatest(b)
        });
        joins.add(new Object[] {
            "zipLatest", (BiFunction<Stream<Object>, Stream<Object>, Stream<?>>) (a, b) -> a.zipLatest(b)
        });
        return joins;
    }
}
