package io.streamz;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code unique(maxsize, key)}: drops an element whose key was seen before. An
 * unlimited history is a set; a bounded one an LRU in which a repeat refreshes recency. The key
 * is recorded before the element is emitted, so a downstream failure does not let it through again.
 */
final class UniqueNode<T> extends Stream<T> {
    private static final Object SEEN = Boolean.TRUE;

    private final Function<? super T, ?> key;
    private final int history;
    private final Set<Object> unlimited;
    private final Map<Object, Object> recent;

    UniqueNode(Stream<T> upstream, int history, Function<? super T, ?> key) {
        super(Preconditions.checkedBefore(upstream, () -> {
            if (history < 0) {
                throw new IllegalArgumentException("unique history must be 0 (unlimited) or more, got " + history);
            }
        }));
        this.key = key;
        this.history = history;
        this.unlimited = history == 0 ? new HashSet<>() : null;
        this.recent = history == 0
                ? null
                : new LinkedHashMap<>(16, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                        return size() > history;
                    }
                };
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object k;
        try {
            k = key == null ? x : key.apply((T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        boolean isNew = unlimited != null ? unlimited.add(k) : recent.putIfAbsent(k, SEEN) == null;
        return isNew ? emitDownstream(x) : null;
    }

    /** The history size, 0 for unlimited. */
    int history() {
        return history;
    }

    @Override
    String operatorName() {
        return "unique";
    }
}
