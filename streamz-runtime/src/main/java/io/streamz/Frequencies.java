package io.streamz;

import io.streamz.internal.FrequencyCounts;
import java.util.Map;
import java.util.function.BiFunction;

/** {@link Stream#frequencies()}: streamz's {@code update_frequencies}, counting into a fresh map each time ({@link FrequencyCounts}, shared with generated code). */
final class Frequencies {
    private Frequencies() {}

    static <T> BiFunction<Map<T, Long>, T, Map<T, Long>> update() {
        return Named.biFunction("update_frequencies", FrequencyCounts::plusOne);
    }
}
