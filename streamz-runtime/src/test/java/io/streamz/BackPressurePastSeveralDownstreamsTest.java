package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Back pressure where an operator passes its elements on by a path of its own (filter and
 * accumulate skip the generic dispatch when their only downstream is a sink): an emit's future
 * completes only when the asynchronous work downstream is done, with one downstream or several;
 * and a sliding window's elements carrying metadata. {@link BackPressureThroughOperatorsTest}
 * covers every operator with one downstream.
 */
class BackPressurePastSeveralDownstreamsTest {
    private record Case(
            String what, Function<Stream<Object>, Stream<?>> stage, Supplier<List<Object>> emits, List<Object> out) {}

    private static Case of(
            String what, Function<Stream<Object>, Stream<?>> stage, Supplier<List<Object>> emits, Object... out) {
        return new Case(what, stage, emits, Arrays.asList(out));
    }

    private static final List<Case> CASES = List.of(
            of("filter", s -> s.filter(x -> true), () -> List.of(1), 1),
            of("accumulate, first element", s -> s.accumulate((Object a, Object b) -> a), () -> List.of(1), 1),
            of(
                    "accumulate",
                    s -> s.accumulate((Object a, Object b) -> (Integer) a + (Integer) b, 10),
                    () -> List.of(1),
                    11),
            of(
                    "accumulateReturningState",
                    s -> s.<Integer, String>accumulateReturningState(
                            (a, x) -> Accumulated.of(a + (Integer) x, "v" + x), 0),
                    () -> List.of(2),
                    "v2"));

    @Test
    void theEmitWaitsForTheWorkDownstreamWithOneDownstreamOrSeveral() {
        for (Case c : CASES) {
            for (boolean several : new boolean[] {false, true}) {
                String what = c.what() + (several ? ", several downstreams" : "");
                Stream<Object> source = new Stream<>();
                Stream<?> stage = c.stage().apply(source);
                List<Object> out = new ArrayList<>();
                List<CompletableFuture<Void>> writes = new ArrayList<>();
                stage.sinkAsync(x -> {
                    out.add(x);
                    CompletableFuture<Void> write = new CompletableFuture<>();
                    writes.add(write);
                    return write;
                });
                if (several) {
                    stage.sink(x -> {});
                }
                List<Object> emits = c.emits().get();
                for (Object x : emits.subList(0, emits.size() - 1)) {
                    source.emit(x);
                }
                writes.forEach(w -> w.complete(null));
                writes.clear();
                CompletableFuture<Void> emitted =
                        source.emit(emits.get(emits.size() - 1)).toCompletableFuture();
                assertEquals(c.out(), out, what);
                assertFalse(writes.isEmpty(), what);
                for (CompletableFuture<Void> write : writes) {
                    assertFalse(emitted.isDone(), what + ": waits for every write it started");
                    write.complete(null);
                }
                assertTrue(emitted.isDone() && !emitted.isCompletedExceptionally(), what);
            }
        }
    }

    @Test
    void theMetadataOfAnElementWaitsForTheWorkOfTheWindowsItIsIn() {
        Stream<Object> source = new Stream<>();
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        source.slidingWindow(2).sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        CompletableFuture<Void> first =
                source.emit(1, List.of(Map.of("offset", 1))).toCompletableFuture();
        assertTrue(first.isDone(), "no window yet");
        CompletableFuture<Void> second =
                source.emit(2, List.of(Map.of("offset", 2))).toCompletableFuture();
        assertFalse(second.isDone(), "the window [1, 2] is being written");
        writes.get(0).complete(null);
        assertTrue(second.isDone());
        CompletableFuture<Void> third =
                source.emit(3, List.of(Map.of("offset", 3))).toCompletableFuture();
        assertFalse(third.isDone());
        writes.get(1).complete(null);
        assertTrue(third.isDone());
    }
}
