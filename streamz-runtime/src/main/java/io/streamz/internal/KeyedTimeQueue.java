package io.streamz.internal;

import io.streamz.engine.EngineContext;
import io.streamz.engine.QueueState;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the keyed time stages share: per key, a FIFO of {@link Due} elements and one timer
 * registration, for the head only (due times are non-decreasing per key in processing time; a
 * late record in event time waits behind the head, so per-key arrival order always holds).
 * Releasing hands every element due to its consumer even if one of them fails, and rethrows the
 * first failure after (the others suppressed), so nothing is left pending without a timer.
 */
final class KeyedTimeQueue<T> {
    private final EngineContext engine;
    private final QueueState<Due<T>> pending;
    private final int timer;

    KeyedTimeQueue(EngineContext engine, QueueState<Due<T>> pending, int timer) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.timer = timer;
    }

    long now() {
        return engine.currentTimeMillis();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Queues {@code x} for {@code due}; registers the timer if it is the head. */
    void add(long due, T x) {
        boolean head = pending.isEmpty();
        pending.add(new Due<>(due, x));
        if (head) {
            engine.timers().register(timer, due);
        }
    }

    /** Whether the head is due by {@code now}. */
    boolean headDue(long now) {
        return !pending.isEmpty() && pending.peek().due() <= now;
    }

    /** The head's due time; the queue must not be empty. */
    long headTime() {
        return pending.peek().due();
    }

    /** Removes the head, which must be there. */
    T poll() {
        return pending.poll().value();
    }

    /** Registers the timer for the new head, if any, after a release. */
    void rearm() {
        if (!pending.isEmpty()) {
            engine.timers().register(timer, pending.peek().due());
        }
    }

    /** Hands {@code x} on; returns the first failure so far (recording later ones on it). */
    static <T> RuntimeException deliver(Consumer<? super T> downstream, T x, RuntimeException first) {
        try {
            downstream.accept(x);
            return first;
        } catch (RuntimeException e) {
            if (first == null) {
                return e;
            }
            first.addSuppressed(e);
            return first;
        }
    }
}
