package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoreStreamTest {

    static int increment(int x) {
        return x + 1;
    }

    @Test
    void seedMapAndSink() {
        Stream<Integer> source = new Stream<>();
        List<Integer> printed = new ArrayList<>();
        source.map(CoreStreamTest::increment).sink(printed::add);
        source.emit(1);
        source.emit(2);
        source.emit(10);
        assertEquals(List.of(2, 3, 11), printed);
    }

    @Test
    void seedRunningTotal() {
        Stream<Integer> source = new Stream<>();
        ListSink<Integer> out = source.accumulate(Integer::sum).sinkToList();
        for (int i = 1; i <= 4; i++) {
            source.emit(i);
        }
        assertEquals(List.of(1, 3, 6, 10), out);
    }

    @Test
    void seedNumDistinctReturnsState() {
        Stream<String> source = new Stream<>();
        ListSink<Integer> out = source.<Set<String>, Integer>accumulateReturningState(
                        (state, x) -> {
                            state.add(x);
                            return Accumulated.of(state, state.size());
                        },
                        new HashSet<>())
                .sinkToList();
        for (String animal : List.of("cat", "dog", "cat", "mouse")) {
            source.emit(animal);
        }
        assertEquals(List.of(1, 2, 2, 3), out);
    }

    @Test
    void branchesFireDepthFirstInAttachOrder() {
        Stream<Integer> source = new Stream<>();
        List<Integer> printed = new ArrayList<>();
        source.map(x -> x + 1).sink(printed::add);
        source.map(x -> x - 1).sink(printed::add);
        source.emit(1);
        source.emit(10);
        assertEquals(List.of(2, 0, 11, 9), printed);
    }

    @Test
    void userExceptionReachesEmitterUnchangedWithStageNamed() {
        Stream<Integer> source = new Stream<>();
        List<Integer> later = new ArrayList<>();
        ListSink<Integer> out =
                source.map(Named.function("inverse", (Integer x) -> 10 / x)).sinkToList();
        source.sink(later::add);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> source.emit(0));
        assertEquals("map: inverse", StageFailure.stageOf(e));
        assertEquals(List.of(), later, "a later sibling does not see the failing element");
        source.emit(5);
        assertEquals(List.of(2), out);
        assertEquals(List.of(5), later);
    }

    @Test
    void emitOfSynchronousGraphIsAlreadyComplete() {
        Stream<Integer> source = new Stream<>();
        source.sinkToList();
        assertTrue(source.emit(1).toCompletableFuture().isDone());
        assertSame(source.emit(2), source.emit(3));
    }

    @Test
    void labelsFollowStreamz() {
        Stream<Integer> source = new Stream<>();
        assertEquals("<Stream>", source.toString());
        assertEquals(
                "<map: inc>",
                source.map(Named.function("inc", (Integer x) -> x + 1)).toString());
        assertEquals("<filter: _truthy>", source.filter().toString());
        assertEquals("<src; Stream>", new Stream<Integer>("src").toString());
    }
}
