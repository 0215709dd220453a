package io.streamz.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of {@code frequencies()}, fused or interpreted: after each element, the count of
 * every element seen so far, as a fresh read-only snapshot in the order elements first came
 * (streamz's {@code toolz.assoc} copies too, so each element costs the number of distinct ones).
 * Called by generated code and by the runtime's node, not API; one thread at a time.
 *
 * @param <T> the type of the elements counted
 */
public final class FrequencyCounts<T> {
    /** The latest snapshot; replaced, never changed. */
    private Map<T, Long> counts = Map.of();

    /** An empty count. */
    public FrequencyCounts() {}

    /**
     * Counts {@code x}; the state changes only if counting it returns normally (an element's
     * {@code hashCode} or {@code equals} may throw).
     *
     * @param x the element
     * @return the new snapshot, every element's count so far
     */
    public Map<T, Long> add(T x) {
        Map<T, Long> next = plusOne(counts, x);
        counts = next;
        return next;
    }

    /**
     * {@code last} with the count of {@code x} one higher: a new read-only map, {@code last} unchanged.
     *
     * @param <T> the type of the elements counted
     * @param last the counts so far
     * @param x the element
     * @return the new counts
     */
    public static <T> Map<T, Long> plusOne(Map<T, Long> last, T x) {
        Map<T, Long> next = new LinkedHashMap<>(last);
        next.merge(x, 1L, Long::sum);
        return Collections.unmodifiableMap(next);
    }
}
