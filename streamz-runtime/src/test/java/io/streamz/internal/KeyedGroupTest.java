package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.codec.Codecs;
import io.streamz.engine.HeapBackend;
import io.streamz.engine.StateSpec;
import io.streamz.engine.ValueState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DistinctGroup#addKeyed}, the engine body's partitionUnique, on the heap backend: one group
 * per engine key, the fused group's rule (first or latest of a repeated key, in order), the state
 * replaced and never changed in place, cleared when the group goes on.
 */
class KeyedGroupTest {
    private final HeapBackend heap = new HeapBackend();
    private final ValueState<Map<Object, String>> held =
            heap.value(StateSpec.value("groups", "groups", 1, Codecs.map(Codecs.CHAR, Codecs.STRING)));

    private List<String> add(String key, boolean keepLast, String x) {
        heap.setCurrentKey(key);
        return DistinctGroup.addKeyed(held, 3, keepLast, x.charAt(0), x);
    }

    @Test
    void eachKeyHasItsGroupKeepingTheFirstOfARepeatedKey() {
        assertNull(add("u1", false, "a1"));
        assertNull(add("u1", false, "a2"));
        assertNull(add("u2", false, "c1"));
        assertNull(add("u1", false, "b1"));
        Map<Object, String> before = held.get();
        assertEquals(List.of("a1", "b1", "c2"), add("u1", false, "c2"));
        assertEquals(Map.of('a', "a1", 'b', "b1"), before, "the state was replaced, not changed");
        assertFalse(held.isSet(), "a full group leaves nothing held");
        heap.setCurrentKey("u2");
        assertEquals(Map.of('c', "c1"), held.get());
        assertNull(add("u1", false, "a3"), "a new group starts");
    }

    @Test
    void keepLastKeepsTheLatestInTheOrderOfThoseLatest() {
        assertNull(add("u1", true, "a1"));
        assertNull(add("u1", true, "b1"));
        assertNull(add("u1", true, "a2"));
        List<String> group = add("u1", true, "c1");
        assertEquals(List.of("b1", "a2", "c1"), group);
        assertThrows(UnsupportedOperationException.class, () -> group.add("x"));
    }
}
