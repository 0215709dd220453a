package io.streamz.internal;

import io.streamz.EventLoop;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code timed_window}: collects elements and, every {@code interval} after
 * {@link #start()}, hands downstream the list collected since the previous tick, empty lists
 * included. While a window's downstream work is pending the next tick waits for it (as in
 * streamz), and {@link #add} returns that work's future, so emitters feel the back pressure.
 * A downstream failure goes to {@link EventLoop#reportFailure} and the ticking goes on
 * (streamz's stops). Ticks are pinned to {@code start + k * interval} while downstream keeps
 * up. The loop holds the collector until {@link #stop()}. Call every method on the loop thread.
 * An aligned collector ({@link #aligned}) ticks at the multiples of {@code interval} on the epoch
 * clock and hands on non-empty windows only: what a keyed {@code @TimedWindow} does per key.
 * Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class TimedWindowCollector<T> {
    private final EventLoop loop;
    private final long intervalNanos;
    private final Downstream<? super List<T>> downstream;
    private final boolean aligned;
    private List<T> window = new ArrayList<>();
    /** The previous window's downstream work while pending; it completes normally either way. */
    private CompletableFuture<Void> lastWindow;

    private EventLoop.Cancellable timer;
    private long nextTick;
    private boolean running;
    private RuntimeException closed;

    /** @throws IllegalArgumentException if {@code interval} is not positive */
    public TimedWindowCollector(EventLoop loop, Duration interval, Downstream<? super List<T>> downstream) {
        this(loop, interval, downstream, false);
    }

    private TimedWindowCollector(
            EventLoop loop, Duration interval, Downstream<? super List<T>> downstream, boolean aligned) {
        this.aligned = aligned;
        this.loop = Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("timed window interval must be > 0, not " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /**
     * A collector whose windows are aligned to the multiples of {@code interval} on the epoch clock
     * (the wall clock; a {@link VirtualTimeLoop}'s clock counts from epoch 0), and which hands on
     * non-empty windows only.
     *
     * @param <T> the element type
     * @param loop the loop
     * @param interval the interval
     * @param downstream where the windows go
     * @return the collector, not started
     * @throws IllegalArgumentException if {@code interval} is not positive
     */
    public static <T> TimedWindowCollector<T> aligned(
            EventLoop loop, Duration interval, Downstream<? super List<T>> downstream) {
        return new TimedWindowCollector<>(loop, interval, downstream, true);
    }

    /**
     * Starts ticking: the first window closes {@code interval} from now (an aligned collector's at
     * the next multiple of {@code interval}). Does nothing if running.
     */
    public void start() {
        if (running || closed != null) {
            return;
        }
        running = true;
        long first = aligned ? intervalNanos - Math.floorMod(epochNanos(), intervalNanos) : intervalNanos;
        nextTick = loop.nanoTime() + first;
        timer = LoopTasks.schedule(loop, Duration.ofNanos(first), LoopTasks.task(this::tick, this::close));
    }

    /** The epoch time in nanoseconds: a virtual loop's clock, or the wall clock. */
    private long epochNanos() {
        return loop instanceof VirtualTimeLoop
                ? loop.nanoTime()
                : Math.multiplyExact(System.currentTimeMillis(), 1_000_000L);
    }

    /**
     * Stops for good: the timer is cancelled, the open window discarded, and later adds throw
     * {@code why}. Closing twice does nothing.
     *
     * @return what the discarded window held (empty when closed already), for a caller that
     *     must let go of something its elements carry
     */
    public List<T> close(RuntimeException why) {
        if (closed != null) {
            return List.of();
        }
        closed = Objects.requireNonNull(why, "why");
        stop();
        List<T> discarded = window;
        window = new ArrayList<>();
        return discarded;
    }

    /** Stops ticking; elements collected since the last tick are kept for a later {@link #start()}. */
    public void stop() {
        running = false;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Adds {@code x} to the open window; returns the previous window's pending work, or {@code null}. */
    public CompletableFuture<Void> add(T x) {
        if (closed != null) {
            throw closed;
        }
        window.add(x);
        return lastWindow == null || lastWindow.isDone() ? null : lastWindow;
    }

    /** Elements in the open window. */
    public int size() {
        return window.size();
    }

    private void tick() {
        timer = null;
        if (!running) {
            return;
        }
        nextTick += intervalNanos;
        if (aligned && window.isEmpty()) {
            scheduleNext();
            return;
        }
        List<T> closed = Collections.unmodifiableList(window);
        window = new ArrayList<>();
        CompletableFuture<Void> pending;
        try {
            pending = downstream.push(closed);
        } catch (Throwable e) {
            loop.reportFailure(e);
            pending = null;
        }
        if (pending == null) {
            scheduleNext();
            return;
        }
        lastWindow = pending.handle((value, failure) -> null);
        pending.whenComplete((value, failure) -> LoopTasks.execute(
                loop,
                LoopTasks.task(
                        () -> {
                            if (failure != null) {
                                loop.reportFailure(Completions.unwrap(failure));
                            }
                            scheduleNext();
                        },
                        this::close)));
    }

    private void scheduleNext() {
        if (running) {
            long wait = Math.max(0, nextTick - loop.nanoTime());
            nextTick = loop.nanoTime() + wait;
            timer = LoopTasks.schedule(loop, Duration.ofNanos(wait), LoopTasks.task(this::tick, this::close));
        }
    }
}
