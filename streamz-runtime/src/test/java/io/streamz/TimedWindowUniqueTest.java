package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** timedWindowUnique on virtual time: streamz's test_timed_window_unique and more. */
class TimedWindowUniqueTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private <T> List<List<T>> window(List<T> elements, Function<? super T, ?> key, Keep keep) {
        Source<T> source = new Source<>(loop);
        ListSink<List<T>> out = source.timedWindowUnique(0.05, key, keep).sinkToList();
        elements.forEach(source::emit);
        loop.advanceBy(0.05);
        return out.snapshot();
    }

    // test_core.py::test_timed_window_unique, its five cases
    @Test
    void keepsTheFirstOrLatestOfEachKeyPerWindow() {
        List<Integer> ints = List.of(1, 2, 1, 3, 1, 3, 3, 2);
        assertEquals(List.of(List.of(1, 2, 3)), window(ints, x -> x, Keep.FIRST));
        assertEquals(List.of(List.of(1, 3, 2)), window(ints, x -> x, Keep.LAST));
        assertEquals(
                List.of(List.of("f", "foo", "fo")),
                window(List.of("f", "fo", "f", "foo", "f", "foo", "foo", "fo"), String::length, Keep.LAST));
        Map<String, Object> bar = Map.of("id", 0, "foo", "bar");
        Map<String, Object> bat = Map.of("id", 1, "foo", "bat");
        Map<String, Object> baz = Map.of("id", 0, "foo", "baz");
        assertEquals(List.of(List.of(bar, bat)), window(List.of(bar, bat, baz), m -> m.get("id"), Keep.FIRST));
        assertEquals(List.of(List.of(bat, baz)), window(List.of(bar, bat, baz), m -> m.get("id"), Keep.LAST));
    }

    @Test
    void everyIntervalEmitsAWindowEmptyOnesToo() {
        Source<Integer> source = new Source<>(loop);
        Stream<List<Integer>> windows = source.timedWindowUnique(Duration.ofSeconds(1));
        ListSink<List<Integer>> out = windows.sinkToList();
        source.emit(1);
        source.emit(1);
        loop.advanceBy(1.0);
        loop.advanceBy(1.0);
        source.emit(2);
        source.emit(1);
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of(1), List.of(), List.of(2, 1)), out);
        assertEquals("<timedWindowUnique: 1>", windows.toString());
    }

    @Test
    void aWindowWaitsForThePreviousOnesWork() {
        Source<Integer> source = new Source<>(loop);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.timedWindowUnique(Duration.ofSeconds(1))
                .sinkAsync(w -> w.isEmpty() ? CompletableFuture.completedFuture(null) : write);
        source.emit(1);
        loop.advanceBy(1.0);
        assertEquals(false, source.emit(2).toCompletableFuture().isDone(), "back pressure from the pending window");
        write.complete(null);
        loop.runDue();
    }

    @Test
    void aKeyThatThrowsFailsThatElementNamingTheStage() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Integer>> out = source.timedWindowUnique(Duration.ofSeconds(1), x -> 10 / x, Keep.FIRST)
                .sinkToList();
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> source.emit(0));
        assertEquals("timedWindowUnique: 1", StageFailure.stageOf(e));
        source.emit(5);
        loop.advanceBy(1.0);
        assertEquals(List.of(List.of(5)), out);
        assertThrows(IllegalArgumentException.class, () -> source.timedWindowUnique(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> source.timedWindowUnique(Duration.ofSeconds(1), x -> x, null));
    }

    @Test
    void anElementsReferencesAreHeldUntilItsWindowClosed() {
        Source<Integer> source = new Source<>(loop);
        ListSink<List<Map<String, Object>>> seen =
                source.timedWindowUnique(Duration.ofSeconds(1)).metadata().sinkToList();
        RefCounter kept = new RefCounter();
        RefCounter repeat = new RefCounter();
        source.emit(1, List.of(Map.of("ref", kept, "v", 1)));
        source.emit(1, List.of(Map.of("ref", repeat, "v", 2)));
        assertEquals(1, kept.count());
        assertEquals(1, repeat.count(), "held until the window closes");
        loop.advanceBy(1.0);
        assertEquals(0, kept.count());
        assertEquals(0, repeat.count(), "let go with its window (streamz never releases it)");
        assertEquals(List.of(List.of(Map.of("ref", kept, "v", 1))), seen);
    }
}
