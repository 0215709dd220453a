package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.Stream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smallest joins and groups are allowed and behave as the interpreted operators; below them, refused. */
class SingleInputJoinsTest {
    @Test
    void aZipOrCombineLatestOfOneInputEmitsEachElementAsATupleOfOne() {
        List<List<Object>> zipped = new ArrayList<>();
        ZipJoin zip = new ZipJoin(1, zipped::add);
        List<List<Object>> combined = new ArrayList<>();
        CombineLatestJoin latest = new CombineLatestJoin(1, combined::add);
        for (String x : List.of("a", "b")) {
            zip.offer(0, x);
            latest.offer(0, x);
        }
        Stream<String> source = new Stream<>();
        List<List<Object>> interpreted = source.zip().sinkToList();
        source.emit("a");
        source.emit("b");
        assertEquals(List.of(List.of("a"), List.of("b")), interpreted);
        assertEquals(interpreted, zipped);
        assertEquals(interpreted, combined);
    }

    @Test
    void joinsWithoutInputsAreRefused() {
        assertEquals(
                "zip needs at least one input, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ZipJoin(0, t -> {}))
                        .getMessage());
        assertEquals(
                "combineLatest needs at least one input, got 0",
                assertThrows(IllegalArgumentException.class, () -> new CombineLatestJoin(0, t -> {}))
                        .getMessage());
    }

    @Test
    void aGroupOfOneDistinctKeyIsEachElementAlone() {
        DistinctGroup<String> group = new DistinctGroup<>(1, false);
        assertEquals(List.of("a"), group.add("k", "a"));
        assertEquals(List.of("b"), group.add("k", "b"));
        assertEquals(
                "partitionUnique: n must be >= 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new DistinctGroup<String>(0, true))
                        .getMessage());
    }
}
