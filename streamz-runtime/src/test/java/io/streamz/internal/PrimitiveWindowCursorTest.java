package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A primitive window's list cursor walks both ways exactly as an {@link ArrayList}'s does. */
class PrimitiveWindowCursorTest {
    /** Every step of a walk forward to the end, then back to the start, from {@code start}. */
    private static List<String> walk(List<?> list, int start) {
        List<String> steps = new ArrayList<>();
        ListIterator<?> cursor = list.listIterator(start);
        while (cursor.hasNext()) {
            steps.add(cursor.nextIndex() + ">" + cursor.next());
        }
        steps.add("end " + cursor.nextIndex() + "/" + cursor.previousIndex());
        while (cursor.hasPrevious()) {
            steps.add(cursor.previousIndex() + "<" + cursor.previous());
        }
        steps.add("start " + cursor.nextIndex() + "/" + cursor.previousIndex());
        return steps;
    }

    @Test
    void walksForwardAndBackAsAnArrayList() {
        IntSlidingWindow ints = new IntSlidingWindow(3, true);
        LongSlidingWindow longs = new LongSlidingWindow(3, true);
        DoubleSlidingWindow doubles = new DoubleSlidingWindow(3, true);
        List<Integer> intWindow = null;
        List<Long> longWindow = null;
        List<Double> doubleWindow = null;
        for (int x = 1; x <= 5; x++) { // the ring wrapped: 3, 4, 5
            intWindow = ints.add(x, 3);
            longWindow = longs.add(x, 3);
            doubleWindow = doubles.add(x, 3);
        }
        for (List<?> window : List.of(intWindow, longWindow, doubleWindow)) {
            for (int start = 0; start <= 3; start++) {
                assertEquals(walk(new ArrayList<>(window), start), walk(window, start), window + " from " + start);
            }
        }
        assertEquals(List.of("0>3", "1>4", "2>5", "end 3/2", "2<5", "1<4", "0<3", "start 0/-1"), walk(intWindow, 0));
    }

    @Test
    void windowsThatWrapTheirRingManyTimesEqualTheInterpretedOnes() {
        List<Integer> input = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            input.add(i * 7 - 40);
        }
        for (int n = 1; n <= 9; n++) {
            for (boolean partial : new boolean[] {false, true}) {
                IntSlidingWindow ints = new IntSlidingWindow(n, partial);
                LongSlidingWindow longs = new LongSlidingWindow(n, partial);
                DoubleSlidingWindow doubles = new DoubleSlidingWindow(n, partial);
                List<List<Long>> longOut = new ArrayList<>();
                List<List<Double>> doubleOut = new ArrayList<>();
                List<List<Integer>> intOut = new ArrayList<>();
                for (int x : input) {
                    addIfEmitted(intOut, ints.add(x, n));
                    addIfEmitted(longOut, longs.add(x + (1L << 40), n));
                    addIfEmitted(doubleOut, doubles.add(x + 0.5, n));
                }
                io.streamz.Stream<Integer> source = new io.streamz.Stream<>();
                List<List<Integer>> expected = source.slidingWindow(n, partial).sinkToList();
                input.forEach(source::emit);
                String where = "n=" + n + " partial=" + partial;
                assertEquals(expected, intOut, where);
                assertEquals(map(expected, x -> x + (1L << 40)), longOut, where);
                assertEquals(map(expected, x -> x + 0.5), doubleOut, where);
            }
        }
    }

    private static <T> void addIfEmitted(List<List<T>> out, List<T> window) {
        if (window != null) {
            out.add(window);
        }
    }

    private static <T> List<List<T>> map(List<List<Integer>> windows, java.util.function.Function<Integer, T> f) {
        List<List<T>> mapped = new ArrayList<>();
        for (List<Integer> window : windows) {
            List<T> each = new ArrayList<>();
            window.forEach(x -> each.add(f.apply(x)));
            mapped.add(each);
        }
        return mapped;
    }

    @Test
    void thereIsNothingBeforeTheStartNorAfterTheEnd() {
        List<Integer> window = new IntSlidingWindow(2, true).add(7, 2);
        ListIterator<Integer> cursor = window.listIterator();
        assertThrows(NoSuchElementException.class, cursor::previous);
        assertEquals(7, cursor.next());
        assertThrows(NoSuchElementException.class, cursor::next);
        assertEquals(7, cursor.previous());
        assertThrows(NoSuchElementException.class, cursor::previous);
    }
}
