package io.streamz.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Candidate generators for {@link Gen#shrink}: smaller lists and smaller integers. */
public final class Shrinks {
    private Shrinks() {}

    /**
     * Shorter versions of {@code list}: without its second half, its first half, then without each
     * run of {@code n/4}, ..., down to each single element; then {@code list} with one element
     * replaced by each of that element's own shrinks.
     */
    public static <T> List<List<T>> list(List<T> list, Function<T, List<T>> element) {
        List<List<T>> candidates = new ArrayList<>();
        int size = list.size();
        for (int chunk = size; chunk >= 1; chunk /= 2) {
            for (int from = 0; from + chunk <= size; from += chunk) {
                List<T> shorter = new ArrayList<>(list.subList(0, from));
                shorter.addAll(list.subList(from + chunk, size));
                candidates.add(shorter);
            }
        }
        for (int i = 0; i < size; i++) {
            for (T smaller : element.apply(list.get(i))) {
                List<T> replaced = new ArrayList<>(list);
                replaced.set(i, smaller);
                candidates.add(replaced);
            }
        }
        return candidates;
    }

    /** Integers closer to zero than {@code x}: 0, then half of it, then one step closer. */
    public static List<Integer> integer(int x) {
        List<Integer> candidates = new ArrayList<>();
        if (x != 0) {
            candidates.add(0);
        }
        if (Math.abs(x) > 2) {
            candidates.add(x / 2);
        }
        if (Math.abs(x) > 1) {
            candidates.add(x - Integer.signum(x));
        }
        if (x < 0) {
            candidates.add(-x);
        }
        return candidates;
    }
}
