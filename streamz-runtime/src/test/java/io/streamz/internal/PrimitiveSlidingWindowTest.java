package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/** The primitive rings of fused sliding windows, each against the interpreted slidingWindow. */
class PrimitiveSlidingWindowTest {
    private static final double[] DOUBLES = {1.5, -0.0, 0.0, Double.NaN, 2.25, -7, 1e300, 3};

    /** What the interpreted {@code slidingWindow(n, returnPartial)} emits for {@code input}. */
    private static <T> List<List<T>> interpreted(List<T> input, int n, boolean returnPartial) {
        Stream<T> source = new Stream<>();
        List<List<T>> out = source.slidingWindow(n, returnPartial).sinkToList();
        input.forEach(source::emit);
        return new ArrayList<>(out);
    }

    @Test
    void doubleWindowsEqualTheInterpretedOnesForEverySizeAndPartialSetting() {
        List<Double> boxed = new ArrayList<>();
        for (double x : DOUBLES) {
            boxed.add(x);
        }
        for (int n = 1; n <= DOUBLES.length + 1; n++) {
            for (boolean partial : new boolean[] {false, true}) {
                DoubleSlidingWindow window = new DoubleSlidingWindow(n, partial);
                List<List<Double>> fused = new ArrayList<>();
                for (double x : DOUBLES) {
                    List<Double> emitted = window.add(x, n);
                    if (emitted != null) {
                        fused.add(emitted);
                    }
                }
                List<List<Double>> expected = interpreted(boxed, n, partial);
                assertEquals(expected, fused, "n=" + n + " partial=" + partial);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(fused.get(i), expected.get(i));
                    assertEquals(expected.get(i).hashCode(), fused.get(i).hashCode());
                    assertEquals(expected.get(i).toString(), fused.get(i).toString());
                }
            }
        }
    }

    @Test
    void intAndLongWindowsEqualTheInterpretedOnes() {
        int[] ints = {3, -1, Integer.MAX_VALUE, 0, 42};
        List<Integer> boxedInts = List.of(3, -1, Integer.MAX_VALUE, 0, 42);
        List<Long> boxedLongs = List.of(3L, -1L, Long.MIN_VALUE, 0L, 42L);
        long[] longs = {3L, -1L, Long.MIN_VALUE, 0L, 42L};
        for (int n = 1; n <= 6; n++) {
            for (boolean partial : new boolean[] {false, true}) {
                IntSlidingWindow intWindow = new IntSlidingWindow(n, partial);
                LongSlidingWindow longWindow = new LongSlidingWindow(n, partial);
                List<List<Integer>> fusedInts = new ArrayList<>();
                List<List<Long>> fusedLongs = new ArrayList<>();
                for (int i = 0; i < ints.length; i++) {
                    List<Integer> a = intWindow.add(ints[i], n);
                    List<Long> b = longWindow.add(longs[i], n);
                    assertEquals(a == null, b == null);
                    if (a != null) {
                        fusedInts.add(a);
                        fusedLongs.add(b);
                    }
                }
                List<List<Integer>> expectedInts = interpreted(boxedInts, n, partial);
                List<List<Long>> expectedLongs = interpreted(boxedLongs, n, partial);
                assertEquals(expectedInts, fusedInts);
                assertEquals(expectedLongs, fusedLongs);
                assertEquals(expectedInts.toString(), fusedInts.toString());
                assertEquals(expectedInts.hashCode(), fusedInts.hashCode());
                assertEquals(expectedLongs.hashCode(), fusedLongs.hashCode());
            }
        }
    }

    @Test
    void fullWindowsOnlyByDefaultOldestFirstAcrossTheWrap() {
        IntSlidingWindow window = new IntSlidingWindow(3, false);
        assertNull(window.add(1, 3));
        assertNull(window.add(2, 3));
        assertEquals(List.of(1, 2, 3), window.add(3, 3));
        assertEquals(List.of(2, 3, 4), window.add(4, 3));
        assertEquals(List.of(3, 4, 5), window.add(5, 3));
        assertEquals(List.of(4, 5, 6), window.add(6, 3));
        LongSlidingWindow partial = new LongSlidingWindow(2, true);
        assertEquals(List.of(7L), partial.add(7, 2));
        assertEquals(List.of(7L, 8L), partial.add(8, 2));
        assertEquals(List.of(8L, 9L), partial.add(9, 2));
    }

    @Test
    void everyWindowIsAFreshUnmodifiableRandomAccessList() {
        DoubleSlidingWindow window = new DoubleSlidingWindow(2, true);
        List<Double> first = window.add(1, 2);
        List<Double> second = window.add(2, 2);
        List<Double> third = window.add(3, 2);
        assertEquals(List.of(1.0), first);
        assertEquals(List.of(1.0, 2.0), second);
        assertEquals(List.of(2.0, 3.0), third);
        assertNotSame(second, third);
        assertTrue(third instanceof RandomAccess);
        assertThrows(UnsupportedOperationException.class, () -> third.set(0, 9.0));
        assertThrows(UnsupportedOperationException.class, () -> third.add(9.0));
        assertThrows(UnsupportedOperationException.class, () -> third.remove(0));
        assertThrows(UnsupportedOperationException.class, third::clear);
        assertThrows(UnsupportedOperationException.class, () -> third.removeIf(x -> false));
        assertThrows(UnsupportedOperationException.class, () -> third.replaceAll(x -> x));
        assertThrows(UnsupportedOperationException.class, () -> third.sort(null));
        assertThrows(UnsupportedOperationException.class, () -> third.iterator().remove());
        ListIterator<Double> cursor = third.listIterator(1);
        assertEquals(2.0, cursor.previous());
        assertThrows(UnsupportedOperationException.class, () -> cursor.set(9.0));
        assertThrows(UnsupportedOperationException.class, () -> cursor.add(9.0));
        assertEquals(3.0, third.listIterator(1).next());
        assertThrows(NoSuchElementException.class, () -> third.listIterator(2).next());
        assertThrows(IndexOutOfBoundsException.class, () -> third.listIterator(3));
        assertEquals(List.of(3.0), third.subList(1, 2));
        assertThrows(
                UnsupportedOperationException.class, () -> third.subList(0, 1).set(0, 9.0));
        assertThrows(IndexOutOfBoundsException.class, () -> third.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> third.get(-1)); // would read e1 unchecked
        assertEquals(List.of(2.0, 3.0), third);
    }

    @Test
    void doubleEqualityFollowsDoubleEquals() {
        DoubleSlidingWindow window = new DoubleSlidingWindow(1, false);
        assertEquals(List.of(Double.NaN), window.add(Double.NaN, 1));
        assertNotEquals(List.of(0.0), window.add(-0.0, 1));
        assertEquals(List.of(-0.0).hashCode(), window.add(-0.0, 1).hashCode());
    }

    @Test
    void windowsAWhileAgoStayAsTheyWereOnBothSidesOfTheFieldLimit() {
        for (int n : new int[] {IntSlidingWindow.SMALL, IntSlidingWindow.SMALL + 1}) {
            IntSlidingWindow window = new IntSlidingWindow(n, true);
            List<List<Integer>> kept = new ArrayList<>();
            List<List<Integer>> copies = new ArrayList<>();
            for (int x = 0; x < 3 * n; x++) {
                List<Integer> emitted = window.add(x - n, n);
                kept.add(emitted);
                copies.add(List.copyOf(emitted));
            }
            assertEquals(copies, kept, "n=" + n);
            assertEquals(List.of(-n), kept.get(0));
            assertEquals(n, kept.get(kept.size() - 1).size());
            assertEquals(2 * n - 1, kept.get(kept.size() - 1).get(n - 1));
        }
    }

    @Test
    void anotherSizeThanTheConstructorsIsRefused() {
        assertEquals(
                "this sliding window holds 3 elements, not 2",
                assertThrows(IllegalArgumentException.class, () -> new IntSlidingWindow(3, false).add(1, 2))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LongSlidingWindow(5, false).add(1, 4));
        assertThrows(IllegalArgumentException.class, () -> new DoubleSlidingWindow(1, true).add(1, 0));
    }

    @Test
    void sizeBelowOneIsRefused() {
        assertEquals(
                "sliding window size must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new IntSlidingWindow(0, false))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LongSlidingWindow(-1, true));
        assertThrows(IllegalArgumentException.class, () -> new DoubleSlidingWindow(0, true));
    }
}
