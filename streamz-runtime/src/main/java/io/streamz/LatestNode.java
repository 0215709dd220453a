package io.streamz;

import io.streamz.internal.LatestValue;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code latest()}: a decoupling point that drops stale values; see {@link LatestValue}.
 * A value's metadata references are held until it is delivered and its downstream work is done,
 * or until a newer value replaces it.
 */
final class LatestNode<T> extends Stream<T> {
    private final LatestValue<Object> latest;
    /** The metadata of the value not yet delivered, held until delivered or replaced. */
    private final HeldElements held = new HeldElements();

    LatestNode(Stream<T> upstream) {
        super(upstream);
        this.latest = new LatestValue<>(ensureLoop(), item -> held.letGo(item, this::emitDownstream));
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        held.releaseAll(); // the value not yet delivered, if any, is replaced
        return latest.offer(held.hold(x));
    }

    @Override
    void closeNode(StreamClosedException why) {
        latest.close(why);
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "latest";
    }

    @Override
    String graphvizShape() {
        return "octagon";
    }
}
