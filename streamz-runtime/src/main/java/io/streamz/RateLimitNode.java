package io.streamz;

import io.streamz.internal.RateLimiter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** streamz's {@code rate_limit(d)}: outputs at least {@code d} apart, nothing dropped; see {@link RateLimiter}. */
final class RateLimitNode<T> extends Stream<T> {
    private final Duration interval;
    private final RateLimiter<Object> limiter;
    /** The metadata of the elements waiting, carried downstream (their emit futures hold it until then). */
    private final HeldElements held = HeldElements.carrying();

    RateLimitNode(Stream<T> upstream, Duration interval) {
        super(Preconditions.checkedBefore(
                upstream, () -> Preconditions.duration("rateLimit", "interval", interval, false)));
        this.interval = interval;
        this.limiter = new RateLimiter<>(ensureLoop(), interval, item -> held.letGo(item, this::emitDownstream));
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return limiter.offer(held.hold(x));
    }

    @Override
    boolean holdsElements() {
        return true;
    }

    /** Elements waiting for their turn. */
    @Override
    long depth() {
        return limiter.waiting();
    }

    @Override
    void closeNode(StreamClosedException why) {
        limiter.close(why);
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "rateLimit";
    }

    @Override
    String detail() {
        return Durations.label(interval);
    }

    @Override
    String graphvizShape() {
        return "octagon";
    }
}
