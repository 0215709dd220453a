package io.streamz;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Tuples, windows and partitions are unmodifiable lists that allow {@code null} items. */
final class Tuples {
    private Tuples() {}

    /** An unmodifiable list over {@code items}, which the caller must not touch afterwards. */
    @SuppressWarnings("unchecked")
    static <T> List<T> wrap(Object[] items) {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(items));
    }

    /** Whether {@code x} is something the tuple operators can index: a {@link List} or an array. */
    static boolean isIndexable(Object x) {
        return x instanceof List || (x != null && x.getClass().isArray());
    }

    /** The size of an indexable {@code x}. */
    static int size(Object x) {
        return x instanceof List ? ((List<?>) x).size() : Array.getLength(x);
    }

    /** Item {@code i} of an indexable {@code x}, {@code i} already checked against {@link #size}. */
    static Object get(Object x, int i) {
        return x instanceof List ? ((List<?>) x).get(i) : Array.get(x, i);
    }

    /** A short description of {@code x}'s type for error messages. */
    static String typeOf(Object x) {
        return x == null ? "null" : x.getClass().getName();
    }
}
