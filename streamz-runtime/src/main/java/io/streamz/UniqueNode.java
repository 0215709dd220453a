package io.streamz;

import io.streamz.internal.UniqueHistory;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code unique(maxsize, key)}: drops an element whose key was seen before; the history
 * is {@link UniqueHistory}, shared with generated code. The key is recorded before the element is
 * emitted, so a downstream failure does not let it through again.
 */
final class UniqueNode<T> extends Stream<T> {
    private final Function<? super T, ?> key;
    private final int history;
    private final UniqueHistory seen;

    UniqueNode(Stream<T> upstream, int history, Function<? super T, ?> key) {
        // The history checks its size before this node attaches to its upstream.
        this(upstream, new UniqueHistory(history), history, key);
    }

    private UniqueNode(Stream<T> upstream, UniqueHistory seen, int history, Function<? super T, ?> key) {
        super(upstream);
        this.key = key;
        this.history = history;
        this.seen = seen;
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
        return seen.firstSeen(k) ? emitDownstream(x) : null;
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
