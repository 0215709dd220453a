package io.streamz.internal;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A true delay: every element goes downstream exactly {@code interval} after it was offered,
 * in offer order (elements due at the same time keep their order). Unlike streamz's
 * {@code delay}, which throttles, sparse elements are delayed too. The future of an offer
 * completes when its element has gone downstream and that work has finished. Each element
 * waiting holds a timer on the loop and that future, whether anyone waits for it or not.
 * {@link #close} (or the loop closing) cancels the timers and fails those futures. Call
 * {@link #offer} on the loop thread. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class DelayLine<T> {
    private final EventLoop loop;
    private final Duration interval;
    private final Downstream<? super T> downstream;
    /** Elements waiting, oldest first: all wait the same interval, so they leave in this order. */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

    private RuntimeException closed;

    /** @throws IllegalArgumentException if {@code interval} is negative */
    public DelayLine(EventLoop loop, Duration interval, Downstream<? super T> downstream) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("delay interval must be >= 0, not " + interval);
        }
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Schedules {@code x}; the future completes (exceptionally if downstream fails) once it went through. */
    public CompletableFuture<Void> offer(T x) {
        if (closed != null) {
            throw closed;
        }
        Waiting entry = new Waiting();
        waiting.add(entry);
        entry.timer = LoopTasks.schedule(
                loop,
                interval,
                LoopTasks.task(
                        () -> {
                            waiting.poll();
                            Completions.relay(() -> downstream.push(x), entry.done);
                        },
                        this::close));
        return entry.done;
    }

    /** Elements waiting for their time. */
    public int waiting() {
        return waiting.size();
    }

    /**
     * Cancels every waiting element's timer and fails its future with {@code why}, which later
     * offers throw. Closing twice does nothing.
     */
    public void close(RuntimeException why) {
        if (closed != null) {
            return;
        }
        closed = Objects.requireNonNull(why, "why");
        for (Waiting entry = waiting.poll(); entry != null; entry = waiting.poll()) {
            if (entry.timer != null) {
                entry.timer.cancel();
            }
            entry.done.completeExceptionally(why);
        }
    }

    private static final class Waiting {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        EventLoop.Cancellable timer;
    }
}
