package io.streamz.internal;

import io.streamz.engine.ValueState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of {@code partitionUnique(n, key, keep)}, fused or interpreted: the elements held by
 * key until {@code n} distinct keys are held, then the group as a list, and a new group starts.
 * Of the elements sharing a key it keeps the first (in the order keys first came) or, with
 * {@code keepLast}, the latest (in the order of those latest elements). A {@code null} key is a
 * key like any other. Called by generated code and by the runtime's node, not API; one thread
 * at a time.
 *
 * @param <T> the type of the elements
 */
public final class DistinctGroup<T> {
    private final int n;
    private final boolean keepLast;
    /** The held elements by key, in emission order. */
    private Map<Object, Object> held = new LinkedHashMap<>();

    /**
     * An empty group.
     *
     * @param n how many distinct keys make a group
     * @param keepLast whether a repeated key keeps its latest element, not its first
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public DistinctGroup(int n, boolean keepLast) {
        if (n < 1) {
            throw new IllegalArgumentException("partitionUnique: n must be >= 1, not " + n);
        }
        this.n = n;
        this.keepLast = keepLast;
    }

    /**
     * Whether an element of {@code key} would be held, replacing the one held for it if any:
     * always when keeping the last, otherwise when no element of {@code key} is held.
     *
     * @param key the element's key
     * @return whether {@link #add} holds it
     */
    public boolean keeps(Object key) {
        return keepLast || !held.containsKey(key); // not putIfAbsent: a held null counts
    }

    /**
     * Adds {@code x} under {@code key}, held if {@link #keeps} says so.
     *
     * @param key the element's key
     * @param x the element
     * @return the group once it holds {@code n} distinct keys (a fresh unmodifiable list, and a
     *     new group starts before it is returned), or {@code null}
     */
    public List<T> add(Object key, T x) {
        if (keeps(key)) {
            held.remove(key);
            held.put(key, x);
        }
        if (held.size() < n) {
            return null;
        }
        Object[] group = held.values().toArray();
        held = new LinkedHashMap<>(); // before emitting: a feedback loop re-entering starts a new group
        return Lists.wrap(group);
    }

    /**
     * {@link #add} on a key's group held in an engine's state: the map of held elements by key,
     * in the order the group keeps them (replaced, never changed in place, so a store holds what
     * was set), cleared when the group is full.
     *
     * @param <T> the type of the elements
     * @param state the current key's held elements by their keys
     * @param n how many distinct keys make a group
     * @param keepLast whether a repeated key keeps its latest element, not its first
     * @param key the element's key
     * @param x the element
     * @return the full group (a fresh unmodifiable list), or {@code null}
     */
    public static <T> List<T> addKeyed(ValueState<Map<Object, T>> state, int n, boolean keepLast, Object key, T x) {
        Map<Object, T> held = state.isSet() ? state.get() : Collections.emptyMap();
        if (!keepLast && held.containsKey(key)) {
            return null; // a group is never full while held: it went on when it was
        }
        Map<Object, T> next = new LinkedHashMap<>(held);
        next.remove(key);
        next.put(key, x);
        if (next.size() < n) {
            state.set(Collections.unmodifiableMap(next));
            return null;
        }
        state.clear();
        return Lists.wrap(next.values().toArray());
    }
}
