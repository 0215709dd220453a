package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rule for what a failure downstream does to a stateful stage upstream (documented in
 * docs/threading-and-failures.md): the stage has taken the element when it hands it on, so its
 * state moves on and a failure after it never makes it see the element twice.
 */
class DownstreamFailureStateTest {
    private final List<Object> seen = new ArrayList<>();
    private boolean failing = true;

    private <T> Consumer<T> fragile() {
        return x -> {
            seen.add(x);
            if (failing) {
                failing = false;
                throw new IllegalStateException("downstream fails once");
            }
        };
    }

    @Test
    void accumulateKeepsTheNewState() {
        Stream<Integer> s = new Stream<>();
        s.accumulate(Integer::sum, 0).sink(fragile());
        assertThrows(IllegalStateException.class, () -> s.emit(5));
        s.emit(1);
        assertEquals(List.of(5, 6), seen);
    }

    @Test
    void uniqueRemembersTheElement() {
        Stream<Integer> s = new Stream<>();
        s.unique().sink(fragile());
        assertThrows(IllegalStateException.class, () -> s.emit(5));
        s.emit(5);
        s.emit(6);
        assertEquals(List.of(5, 6), seen);
    }

    @Test
    void partitionDropsTheBatch() {
        Stream<Integer> s = new Stream<>();
        s.partition(2).sink(fragile());
        s.emit(1);
        assertThrows(IllegalStateException.class, () -> s.emit(2));
        s.emit(3);
        s.emit(4);
        assertEquals(List.of(List.of(1, 2), List.of(3, 4)), seen);
    }

    @Test
    void slidingWindowKeepsTheElementInTheWindow() {
        Stream<Integer> s = new Stream<>();
        s.slidingWindow(2).sink(fragile());
        s.emit(1);
        assertThrows(IllegalStateException.class, () -> s.emit(2));
        s.emit(3);
        assertEquals(List.of(List.of(1, 2), List.of(2, 3)), seen);
    }

    @Test
    void zipConsumesThePartner() {
        Stream<Integer> a = new Stream<>();
        Stream<Integer> b = new Stream<>();
        a.zip(b).sink(fragile());
        a.emit(1);
        a.emit(2);
        assertThrows(IllegalStateException.class, () -> b.emit(10));
        b.emit(20);
        assertEquals(List.of(List.of(1, 10), List.of(2, 20)), seen);
    }

    @Test
    void flattenDropsTheRestOfTheElement() {
        Stream<List<Integer>> s = new Stream<>();
        s.<Integer>flatten().sink(fragile());
        assertThrows(IllegalStateException.class, () -> s.emit(List.of(1, 2, 3)));
        s.emit(List.of(4));
        assertEquals(List.of(1, 4), seen);
    }

    @Test
    void collectDropsTheBatch() {
        Stream<Integer> s = new Stream<>();
        CollectStream<Integer> batches = s.collect();
        batches.sink(fragile());
        s.emit(1);
        assertThrows(IllegalStateException.class, batches::flush);
        s.emit(2);
        batches.flush();
        assertEquals(List.of(List.of(1), List.of(2)), seen);
    }

    @Test
    void earlierSiblingsRanLaterOnesDoNotSeeTheElement() {
        Stream<Integer> s = new Stream<>();
        List<Integer> first = s.sinkToList();
        s.sink(fragile());
        List<Integer> last = s.sinkToList();
        assertThrows(IllegalStateException.class, () -> s.emit(1));
        s.emit(2);
        assertEquals(List.of(1, 2), first);
        assertEquals(List.of(2), last);
    }
}
