package io.streamz.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Emitted windows, partitions and tuples: unshared, unmodifiable, {@code null} items allowed, as the runtime's. */
final class Lists {
    private Lists() {}

    /** An unmodifiable list over {@code items}, which the caller hands over for good. */
    @SuppressWarnings("unchecked")
    static <T> List<T> wrap(Object[] items) {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(items));
    }
}
