package io.streamz;

import io.streamz.internal.TimedWindowCollector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code timed_window(d)}: a list of what arrived every {@code d}, empty lists too; or,
 * aligned, a list of what arrived in each non-empty window between multiples of {@code d}.
 * The loop's timer holds this node until {@link #destroy()}, which also stops the timer. An
 * element's metadata references are held until its window is emitted, which carries them.
 */
final class TimedWindowNode<T> extends Stream<List<T>> {
    private final Duration interval;
    private final TimedWindowCollector<Object> collector;
    /** The metadata of the open window's elements, held until the window is emitted. */
    private final HeldElements held = new HeldElements();

    TimedWindowNode(Stream<T> upstream, Duration interval, boolean aligned) {
        super(Preconditions.checkedBefore(
                upstream, () -> Preconditions.duration("timedWindow", "interval", interval, true)));
        this.interval = interval;
        EventLoop loop = ensureLoop();
        this.collector = aligned
                ? TimedWindowCollector.aligned(loop, interval, this::emitWindow)
                : new TimedWindowCollector<>(loop, interval, this::emitWindow);
        if (loop.inLoop()) {
            collector.start();
        } else {
            loop.execute(collector::start);
        }
    }

    private CompletableFuture<Void> emitWindow(List<Object> window) {
        return held.letGoAll(window, wrapper -> true, this::emitDownstream);
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return collector.add(held.hold(x));
    }

    /** Disconnects from the upstreams and stops the timer, so the loop lets go of this node. */
    @Override
    public void destroy() {
        super.destroy();
        EventLoop loop = loop().orElseThrow();
        if (loop.inLoop()) {
            collector.stop();
        } else {
            loop.execute(collector::stop);
        }
    }

    @Override
    void closeNode(StreamClosedException why) {
        collector.close(why);
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "timedWindow";
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
