package io.streamz;

import io.streamz.internal.DistinctGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code partition_unique(n, key, keep)}: collects elements until {@code n} distinct
 * keys are held, then emits the held elements as a list and starts over. Of the elements
 * sharing a key it keeps the first ({@link Keep#FIRST}, in the order keys first came) or the
 * latest ({@link Keep#LAST}, in the order of those latest elements). Synchronous. The group is
 * a {@link DistinctGroup}, shared with generated code; the metadata of the held elements is kept here.
 */
final class PartitionUniqueNode<T> extends Stream<List<T>> {
    private final int n;
    private final Function<? super T, ?> key;
    private final DistinctGroup<Object> group;
    /** The held elements' metadata by key, once metadata is in use; retained while held. */
    private Map<Object, List<Map<String, Object>>> heldMetadata = new LinkedHashMap<>();

    PartitionUniqueNode(Stream<T> upstream, int n, Function<? super T, ?> key, Keep keep) {
        super(Preconditions.checkedBefore(upstream, () -> {
            if (n < 1) {
                throw new IllegalArgumentException("partitionUnique: n must be >= 1, not " + n);
            }
            Preconditions.notNull("partitionUnique", "keep", keep);
        }));
        this.n = n;
        this.key = key;
        this.group = new DistinctGroup<>(n, keep == Keep.LAST);
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
        if (Metadata.used() && group.keeps(k)) {
            List<Map<String, Object>> carried = Metadata.current();
            Metadata.retain(carried);
            Metadata.release(heldMetadata.remove(k)); // the element it replaces is let go
            heldMetadata.put(k, carried);
        }
        List<Object> full = group.add(k, x);
        if (full == null) {
            return null;
        }
        if (heldMetadata.isEmpty()) {
            return emitDownstream(full);
        }
        Map<Object, List<Map<String, Object>>> groupMetadata = heldMetadata;
        heldMetadata = new LinkedHashMap<>();
        try {
            return Metadata.pushWith(Metadata.concat(groupMetadata.values()), () -> emitDownstream(full));
        } finally {
            Metadata.release(Metadata.concat(groupMetadata.values())); // every one, even if a callback throws
        }
    }

    /** The graph closed: the elements held for the next group are let go of. */
    @Override
    void closeNode(StreamClosedException why) {
        Map<Object, List<Map<String, Object>>> held = heldMetadata;
        heldMetadata = new LinkedHashMap<>();
        Metadata.release(Metadata.concat(held.values()));
    }

    @Override
    String operatorName() {
        return "partitionUnique";
    }

    @Override
    String detail() {
        return Integer.toString(n);
    }

    @Override
    String graphvizShape() {
        return "diamond";
    }
}
