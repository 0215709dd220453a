package io.streamz;

import io.streamz.internal.TimedWindowCollector;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code timed_window_unique(interval, key, keep)}: every {@code interval}, the
 * elements that arrived in it with distinct keys, as a list (empty lists too), keeping the first
 * or the latest element of each key ({@link Keep}). The window ticks exactly as
 * {@code timedWindow}'s (one {@link TimedWindowCollector}): waiting for the previous window's
 * downstream work, going on after a downstream failure. Repeats are removed when the window
 * closes, so a window holds every element that arrived in it until then; keys are computed
 * once, when an element arrives, and a key that throws fails that element's emit.
 */
final class TimedWindowUniqueNode<T> extends Stream<List<T>> {
    private final Duration interval;
    private final Function<? super T, ?> key;
    private final Keep keep;
    private final TimedWindowCollector<Keyed> collector;

    /** An element with its key, computed once, when it arrived. */
    private record Keyed(Object key, Object element) {}

    TimedWindowUniqueNode(Stream<T> upstream, Duration interval, Function<? super T, ?> key, Keep keep) {
        super(Preconditions.checkedBefore(upstream, () -> {
            Durations.check(interval, "timedWindowUnique: interval", true);
            Objects.requireNonNull(keep, "keep");
        }));
        this.interval = interval;
        this.key = key;
        this.keep = keep;
        EventLoop loop = ensureLoop();
        this.collector = new TimedWindowCollector<>(loop, interval, window -> emitDownstream(unique(window)));
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
        return collector.add(new Keyed(k, x));
    }

    private List<T> unique(List<Keyed> window) {
        Map<Object, Object> kept = new LinkedHashMap<>();
        for (Keyed x : window) {
            if (keep == Keep.LAST) {
                kept.remove(x.key());
                kept.put(x.key(), x.element());
            } else if (!kept.containsKey(x.key())) {
                kept.put(x.key(), x.element());
            }
        }
        return Tuples.wrap(kept.values().toArray());
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
