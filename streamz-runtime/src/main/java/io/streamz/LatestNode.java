package io.streamz;

import io.streamz.internal.LatestValue;
import java.util.concurrent.CompletableFuture;

/** streamz's {@code latest()}: a decoupling point that drops stale values; see {@link LatestValue}. */
final class LatestNode<T> extends Stream<T> {
    private final LatestValue<T> latest;

    LatestNode(Stream<T> upstream) {
        super(upstream);
        this.latest = new LatestValue<>(ensureLoop(), this::emitDownstream);
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return latest.offer((T) x);
    }

    @Override
    void closeNode(StreamClosedException why) {
        latest.close(why);
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
