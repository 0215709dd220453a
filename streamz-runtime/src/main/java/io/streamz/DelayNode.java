package io.streamz;

import io.streamz.internal.DelayLine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** {@code delay(d)}: every element exactly {@code d} later, order kept; see {@link DelayLine}. */
final class DelayNode<T> extends Stream<T> {
    private final Duration interval;
    private final DelayLine<Object> line;
    /** The metadata of the elements waiting, carried downstream (their emit futures hold it until then). */
    private final HeldElements held = HeldElements.carrying();

    DelayNode(Stream<T> upstream, Duration interval) {
        super(Preconditions.checkedBefore(
                upstream, () -> Preconditions.duration("delay", "interval", interval, false)));
        this.interval = interval;
        this.line = new DelayLine<>(ensureLoop(), interval, item -> held.letGo(item, this::emitDownstream));
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return line.offer(held.hold(x));
    }

    @Override
    boolean holdsElements() {
        return true;
    }

    /** Elements waiting for their time. */
    @Override
    long depth() {
        return line.waiting();
    }

    @Override
    void closeNode(StreamClosedException why) {
        line.close(why);
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "delay";
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
