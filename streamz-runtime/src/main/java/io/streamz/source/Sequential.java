package io.streamz.source;

import java.util.Iterator;
import java.util.concurrent.CompletionStage;

/**
 * Emits the elements of an iterator on the loop one after another, each once the previous
 * element's emit stage completed (back pressure), then runs a continuation. Elements whose emit
 * completes at once go out in bursts, handing the loop back every {@value #BURST} elements so
 * that timers and other sources get their turn.
 */
final class Sequential<T> implements Runnable {
    static final int BURST = 256;

    private final SourceContext<T> context;
    private final Iterator<? extends T> elements;
    private final Runnable then;

    private Sequential(SourceContext<T> context, Iterator<? extends T> elements, Runnable then) {
        this.context = context;
        this.elements = elements;
        this.then = then;
    }

    /**
     * Starts emitting {@code elements} (call on the loop thread), then runs {@code then} on the
     * loop; stops quietly once the context is inactive. An exception from the iterator fails the
     * source.
     */
    static <T> void emitAll(SourceContext<T> context, Iterator<? extends T> elements, Runnable then) {
        new Sequential<>(context, elements, then).run();
    }

    @Override
    public void run() {
        for (int burst = 0; context.active(); burst++) {
            T next;
            try {
                if (!elements.hasNext()) {
                    then.run();
                    return;
                }
                next = elements.next();
            } catch (RuntimeException e) {
                context.fail(e);
                return;
            }
            CompletionStage<Void> done = context.emit(next);
            if (!isDone(done)) {
                done.whenComplete((value, failure) -> context.loop().execute(this));
                return;
            }
            if (burst == BURST) {
                context.loop().execute(this);
                return;
            }
        }
    }

    static boolean isDone(CompletionStage<?> stage) {
        return stage.toCompletableFuture().isDone();
    }
}
