package io.streamz.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The state of a fused {@code unique(history)}: the keys seen, all of them (history 0) or the
 * {@code history} most recently seen, a repeat refreshing recency. Called by generated code, not
 * API; one thread at a time.
 */
public final class UniqueHistory {
    private final Set<Object> all;
    private final Map<Object, Boolean> recent;

    public UniqueHistory(int history) {
        if (history < 0) {
            throw new IllegalArgumentException("unique history must be 0 (unlimited) or more, got " + history);
        }
        this.all = history == 0 ? new HashSet<>() : null;
        this.recent = history == 0
                ? null
                : new LinkedHashMap<>(16, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
                        return size() > history;
                    }
                };
    }

    /** Records {@code key} as seen; returns whether it was new (and so the element goes downstream). */
    public boolean firstSeen(Object key) {
        if (all != null) {
            return all.add(key);
        }
        // One lookup: in an access-ordered map putIfAbsent refreshes a present key's recency, as
        // get does, and inserts (evicting the eldest beyond the history) an absent one.
        return recent.putIfAbsent(key, Boolean.TRUE) == null;
    }
}
