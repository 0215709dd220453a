package io.streamz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** {@link Stream#frequencies()}: streamz's {@code update_frequencies}, counting into a fresh map each time. */
final class Frequencies {
    private Frequencies() {}

    static <T> BiFunction<Map<T, Long>, T, Map<T, Long>> update() {
        return Named.biFunction("update_frequencies", (last, x) -> {
            Map<T, Long> next = new LinkedHashMap<>(last);
            next.merge(x, 1L, Long::sum);
            return Collections.unmodifiableMap(next);
        });
    }
}
