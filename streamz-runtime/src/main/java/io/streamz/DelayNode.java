package io.streamz;

import io.streamz.internal.DelayLine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** {@code delay(d)}: every element exactly {@code d} later, order kept; see {@link DelayLine}. */
final class DelayNode<T> extends Stream<T> {
    private final Duration interval;
    private final DelayLine<T> line;

    DelayNode(Stream<T> upstream, Duration interval) {
        super(Preconditions.checkedBefore(
                upstream, () -> Preconditions.duration("delay", "interval", interval, false)));
        this.interval = interval;
        this.line = new DelayLine<>(ensureLoop(), interval, this::emitDownstream);
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return line.offer((T) x);
    }

    @Override
    void closeNode(StreamClosedException why) {
        line.close(why);
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
