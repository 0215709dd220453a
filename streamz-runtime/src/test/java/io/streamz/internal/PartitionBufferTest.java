package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Stream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fused {@code partition}'s buffers and {@code frequencies}' counts, against the interpreted operators. */
class PartitionBufferTest {
    @Test
    void clearingDiscardsEveryPartialBuffer() {
        PartitionBuffer<String> buffer = new PartitionBuffer<>(3);
        assertNull(buffer.add("a"));
        assertNull(buffer.add("b"));
        assertNull(buffer.add("k", "x"));
        buffer.clear();
        assertNull(buffer.add("c"));
        assertNull(buffer.add("d"));
        assertEquals(List.of("c", "d", "e"), buffer.add("e"), "nothing from before the clear");
        assertNull(buffer.flush("k"), "the keyed buffer is gone too");
        assertEquals(
                "partition size must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new PartitionBuffer<String>(0))
                        .getMessage());
    }

    @Test
    void frequencyCountsAreTheInterpretedSnapshots() {
        Stream<String> source = new Stream<>();
        List<Map<String, Long>> interpreted = source.frequencies().sinkToList();
        FrequencyCounts<String> counts = new FrequencyCounts<>();
        List<Map<String, Long>> fused = new java.util.ArrayList<>();
        for (String x : List.of("a", "b", "a", "c", "a")) {
            source.emit(x);
            fused.add(counts.add(x));
        }
        assertEquals(interpreted, fused);
        assertEquals(Map.of("a", 3L, "b", 1L, "c", 1L), fused.get(4));
        assertEquals(Map.of("a", 1L), fused.get(0), "a snapshot stays as it was");
        assertNotSame(fused.get(3), fused.get(4));
    }
}
