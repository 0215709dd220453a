package io.streamz.source;

import java.util.Iterator;
import java.util.Objects;

/**
 * streamz's {@code from_iterable}: emits each item in turn, each once the previous one's emit
 * stage completed, then the source stops by itself. The iterator is pulled one item at a time:
 * while an emit waits, the next item has not been taken. After {@code stop()}, {@code start()}
 * resumes with the next item; once the items ran out, {@code start()} iterates anew (a
 * collection starts over, a one-shot {@link Iterable} has nothing more). An exception thrown by
 * the iterator stops the source and is reported.
 *
 * @param <T> the item type
 */
public final class IterableDriver<T> implements SourceDriver<T> {
    private final Iterable<? extends T> items;
    /** The iterator of an iteration stopped before its end: where a restart resumes. */
    private Iterator<? extends T> unfinished;

    /**
     * A driver emitting {@code items} in order.
     *
     * @param items the elements to emit
     */
    public IterableDriver(Iterable<? extends T> items) {
        this.items = Objects.requireNonNull(items, "fromIterable: items must not be null");
    }

    @Override
    public Session open(SourceContext<T> context) {
        Iterator<? extends T> iterator = resumeOrRestart();
        context.loop()
                .execute(() -> Sequential.emitAll(context, iterator, () -> {
                    finish(iterator);
                    context.finished();
                }));
        return () -> {};
    }

    private synchronized Iterator<? extends T> resumeOrRestart() {
        if (unfinished == null) {
            unfinished = Objects.requireNonNull(items.iterator(), "the iterable returned a null iterator");
        }
        return unfinished;
    }

    private synchronized void finish(Iterator<? extends T> iterator) {
        if (unfinished == iterator) {
            unfinished = null;
        }
    }

    @Override
    public String operatorName() {
        return "fromIterable";
    }
}
