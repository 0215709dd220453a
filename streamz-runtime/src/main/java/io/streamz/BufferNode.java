package io.streamz;

import io.streamz.internal.BoundedBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code buffer(n)}: a decoupling point; see {@link BoundedBuffer}. An element's
 * metadata references are held while it is queued.
 */
final class BufferNode<T> extends Stream<T> {
    private final int n;
    private final BoundedBuffer<Object> buffer;
    /** The metadata of what is queued, held until it went downstream (or the buffer closed). */
    private final HeldElements held = new HeldElements();

    BufferNode(Stream<T> upstream, int n) {
        super(Preconditions.checkedBefore(upstream, () -> {
            if (n < 1) {
                throw new IllegalArgumentException("buffer: n must be >= 1, not " + n);
            }
        }));
        this.n = n;
        this.buffer = new BoundedBuffer<>(ensureLoop(), n, item -> held.letGo(item, this::emitDownstream));
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return buffer.offer(held.hold(x));
    }

    /** Elements queued, for tests that count what is held. */
    int queued() {
        return buffer.held();
    }

    @Override
    boolean holdsElements() {
        return true;
    }

    /** Queued, waiting for room, and the one being processed. */
    @Override
    long depth() {
        return queued();
    }

    @Override
    void closeNode(StreamClosedException why) {
        buffer.close(why);
        held.releaseAll(); // what was queued is discarded
    }

    @Override
    String operatorName() {
        return "buffer";
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
