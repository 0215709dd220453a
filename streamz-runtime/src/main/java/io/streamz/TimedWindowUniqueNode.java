package io.streamz;

import io.streamz.internal.DistinctTimedWindow;
import io.streamz.internal.TimedWindowCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code timed_window_unique(interval, key, keep)}: every {@code interval}, the
 * elements that arrived in it with distinct keys, as a list (empty lists too), keeping the first
 * or the latest element of each key ({@link Keep}, by {@link DistinctTimedWindow#distinct}, the rule
 * generated code applies too). The window ticks exactly as
 * {@code timedWindow}'s (one {@link TimedWindowCollector}): waiting for the previous window's
 * downstream work, going on after a downstream failure. Repeats are removed when the window
 * closes, so a window holds every element that arrived in it until then; keys are computed
 * once, when an element arrives, and a key that throws fails that element's emit. Metadata: an
 * element's references are held until its window closed (and, if kept, its emit's work is done).
 */
final class TimedWindowUniqueNode<T> extends Stream<List<T>> {
    private final Duration interval;
    private final Function<? super T, ?> key;
    private final Keep keep;
    private final TimedWindowCollector<Keyed> collector;

    /** An element with its key, computed once, when it arrived, and its metadata (retained while held). */
    private record Keyed(Object key, Object element, List<Map<String, Object>> metadata) {}

    TimedWindowUniqueNode(Stream<T> upstream, Duration interval, Function<? super T, ?> key, Keep keep) {
        this(upstream, interval, key, keep, false);
    }

    /** With {@code aligned}, the windows are the aligned, non-empty ones of {@link TimedWindowCollector#aligned}. */
    TimedWindowUniqueNode(
            Stream<T> upstream, Duration interval, Function<? super T, ?> key, Keep keep, boolean aligned) {
        super(Preconditions.checkedBefore(upstream, () -> {
            Preconditions.duration("timedWindowUnique", "interval", interval, true);
            Preconditions.notNull("timedWindowUnique", "keep", keep);
        }));
        this.interval = interval;
        this.key = key;
        this.keep = keep;
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

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object k;
        try {
            k = key == null ? x : key.apply((T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        List<Map<String, Object>> carried = Metadata.current();
        Metadata.retain(carried);
        return collector.add(new Keyed(k, x, carried));
    }

    /**
     * Emits the window's distinct elements with their metadata; every element of the window is
     * let go of after that (the kept ones stay held until their emit's work is done).
     */
    private CompletableFuture<Void> emitWindow(List<Keyed> window) {
        List<Keyed> kept = DistinctTimedWindow.distinct(window, Keyed::key, keep == Keep.LAST);
        Object[] elements = new Object[kept.size()];
        List<List<Map<String, Object>>> metadata = new ArrayList<>(kept.size());
        int i = 0;
        for (Keyed x : kept) {
            elements[i++] = x.element();
            metadata.add(x.metadata());
        }
        try {
            return Metadata.pushWith(Metadata.concat(metadata), () -> emitDownstream(Tuples.wrap(elements)));
        } finally {
            release(window);
        }
    }

    /** Lets go of every element's references, even if a callback throws for one of them. */
    private static void release(List<Keyed> elements) {
        List<List<Map<String, Object>>> metadata = new ArrayList<>(elements.size());
        elements.forEach(x -> metadata.add(x.metadata()));
        Metadata.release(Metadata.concat(metadata));
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

    /** Stops the timer for good and lets go of the open window's references. */
    @Override
    void closeNode(StreamClosedException why) {
        release(collector.close(why));
    }

    @Override
    String operatorName() {
        return "timedWindowUnique";
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
