package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * streamz's {@code map_async}: calls an asynchronous function with at most {@code parallelism}
 * calls in flight and hands the results downstream in offer order, one at a time, from the loop.
 *
 * <p>A call holds its slot from the moment it starts until its result has gone downstream and
 * the downstream work on it has finished (or until it failed). {@link #offer} admits an element
 * by starting its call: at once, returning {@code null}, while fewer than {@code parallelism}
 * slots are taken and nobody waits; otherwise the element waits in order and the returned future
 * completes when its call starts, once a slot frees. So a producer waiting on every offer keeps
 * {@code parallelism} calls running. A failed call (any {@link Throwable} thrown, a {@code null}
 * stage, or a failed stage) frees its slot and goes to the call-failure handler (by default
 * {@link EventLoop#reportFailure}); a failure downstream of a result goes to
 * {@link EventLoop#reportFailure}; either way the element is skipped and the next one goes on
 * (unless {@link #stopOnException} stops this map until {@link #resume}). Call {@link #offer} on
 * the loop thread; completions from any thread hop onto the loop. Called by generated code, not API.
 *
 * @param <T> the input type
 * @param <R> the result type
 */
public final class OrderedAsyncMap<T, R> {
    private final EventLoop loop;
    private final Function<? super T, ? extends CompletionStage<? extends R>> f;
    private final int parallelism;
    private final Downstream<? super R> downstream;
    private final BiConsumer<? super T, Throwable> callFailed;
    /** Started calls holding a slot, in offer order; results leave from the head only. */
    private final ArrayDeque<Call<T, R>> inFlight = new ArrayDeque<>();
    /** Offers waiting for a slot, with the futures that admit them. */
    private final ArrayDeque<Call<T, R>> waiting = new ArrayDeque<>();
    /** Whether the head's result is downstream and its work there is pending. */
    private boolean emitting;

    private boolean drainScheduled;
    private RuntimeException closed;
    private final CloseWatch closeWatch;
    /** Run once when this closes, by {@link #close} or by its loop closing. */
    private Runnable onClose = () -> {};
    /** With stop-on-exception: run when a failed call stops this; {@code null} without it. */
    private Runnable onStop;
    /** Stopped by a failed call, until {@link #resume}: offers then wait in {@link #held}. */
    private boolean stopped;
    /** Offers made while stopped, in order, with the futures that admit them once resumed. */
    private final ArrayDeque<Call<T, R>> held = new ArrayDeque<>();

    /** @throws IllegalArgumentException if {@code parallelism < 1} */
    public OrderedAsyncMap(
            EventLoop loop,
            Function<? super T, ? extends CompletionStage<? extends R>> f,
            int parallelism,
            Downstream<? super R> downstream) {
        this(loop, f, parallelism, downstream, (input, failure) -> loop.reportFailure(failure));
    }

    /**
     * As the other constructor, with {@code callFailed} receiving the input and the failure of
     * every failed call, on the loop thread, instead of {@link EventLoop#reportFailure}; what it
     * throws goes there.
     *
     * @throws IllegalArgumentException if {@code parallelism < 1}
     */
    public OrderedAsyncMap(
            EventLoop loop,
            Function<? super T, ? extends CompletionStage<? extends R>> f,
            int parallelism,
            Downstream<? super R> downstream,
            BiConsumer<? super T, Throwable> callFailed) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, not " + parallelism);
        }
        this.loop = Objects.requireNonNull(loop, "loop");
        this.f = Objects.requireNonNull(f, "f");
        this.parallelism = parallelism;
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.callFailed = Objects.requireNonNull(callFailed, "callFailed");
        this.closeWatch = new CloseWatch(loop, this::close);
    }

    /**
     * Starts the call for {@code x} and returns {@code null} if a slot is free, else queues it
     * and returns a future that completes when its call starts.
     */
    public CompletableFuture<Void> offer(T x) {
        if (closed != null) {
            throw closed;
        }
        if (stopped) {
            Call<T, R> call = new Call<>(x, new CompletableFuture<>());
            held.add(call);
            closeWatch.arm();
            return call.admitted;
        }
        if (inFlight.size() < parallelism && waiting.isEmpty()) {
            start(new Call<>(x, null));
            return null;
        }
        Call<T, R> call = new Call<>(x, new CompletableFuture<>());
        waiting.add(call);
        closeWatch.arm();
        return call.admitted;
    }

    /**
     * streamz's {@code stop_on_exception}: from now on, a failed call (once the call-failure
     * handler has it) stops this map and runs {@code onStop}. While stopped it starts no call for
     * a new offer: each waits, in order, its future pending, until {@link #resume}; the calls
     * already started or waiting for a slot go on. Call it before the first offer.
     *
     * @param onStop what else stops with it (the interpreted node stops its sources upstream)
     * @return this map
     */
    public OrderedAsyncMap<T, R> stopOnException(Runnable onStop) {
        this.onStop = Objects.requireNonNull(onStop, "onStop");
        return this;
    }

    /**
     * {@link #stopOnException(Runnable)} with nothing else to stop (a generated pipeline: its
     * producers stop as they await their emits).
     *
     * @return this map
     */
    public OrderedAsyncMap<T, R> stopOnException() {
        return stopOnException(() -> {});
    }

    /** {@return whether a failed call stopped this map and it was not resumed since} */
    public boolean isStopped() {
        return stopped;
    }

    /**
     * Resumes after a failed call stopped this map: the offers made meanwhile go on in order,
     * each admitted as if offered now. From any thread (hops onto the loop); does nothing when
     * not stopped or closed.
     */
    public void resume() {
        if (!loop.inLoop()) {
            LoopTasks.execute(loop, LoopTasks.task(this::resume, this::close));
            return;
        }
        if (closed != null) {
            return;
        }
        stopped = false;
        while (!stopped && closed == null && !held.isEmpty()) {
            Call<T, R> call = held.poll();
            if (inFlight.size() < parallelism && waiting.isEmpty()) {
                start(call);
            } else {
                waiting.add(call);
            }
        }
        if (waiting.isEmpty() && held.isEmpty()) {
            closeWatch.disarm();
        }
    }

    /** Calls holding a slot: started, and their result not yet through downstream. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Offers waiting for a slot. */
    public int waiting() {
        return waiting.size();
    }

    private void start(Call<T, R> call) {
        inFlight.add(call);
        CompletionStage<? extends R> stage;
        try {
            stage = f.apply(call.input);
            if (stage == null) {
                throw new NullPointerException("the asynchronous function returned null instead of a CompletionStage");
            }
        } catch (Throwable e) {
            call.finish(null, e);
            scheduleDrain(); // results leave from a loop task, in order
            admitted(call);
            return;
        }
        stage.whenComplete((value, failure) -> LoopTasks.execute(
                loop,
                LoopTasks.task(
                        () -> {
                            call.finish(value, failure == null ? null : Completions.unwrap(failure));
                            drain();
                        },
                        this::close)));
        admitted(call);
    }

    /**
     * Stops for good: fails the offers waiting for a slot with {@code why}, which later offers
     * throw, and drops the results of calls still in flight. Closing twice does nothing.
     */
    public void close(RuntimeException why) {
        if (closed != null) {
            return;
        }
        closed = Objects.requireNonNull(why, "why");
        closeWatch.disarm();
        inFlight.clear();
        for (Call<T, R> call = waiting.poll(); call != null; call = waiting.poll()) {
            call.admitted.completeExceptionally(why);
        }
        for (Call<T, R> call = held.poll(); call != null; call = held.poll()) {
            call.admitted.completeExceptionally(why);
        }
        onClose.run();
    }

    /**
     * Runs {@code hook} when this closes, whoever closes it: {@link #close}, or its loop closing
     * while producers wait for a slot or a call's result is handed back. Replaces the hook before.
     */
    public void onClose(Runnable hook) {
        this.onClose = Objects.requireNonNull(hook, "hook");
    }

    /** Last, after the call started: a re-entrant offer from the admitted producer sees a consistent state. */
    private static void admitted(Call<?, ?> call) {
        if (call.admitted != null) {
            call.admitted.complete(null);
        }
    }

    private void scheduleDrain() {
        if (!drainScheduled) {
            drainScheduled = true;
            LoopTasks.execute(
                    loop,
                    LoopTasks.task(
                            () -> {
                                drainScheduled = false;
                                drain();
                            },
                            this::close));
        }
    }

    /** Hands finished results on from the head, in order, one downstream at a time. */
    private void drain() {
        while (!emitting && closed == null && !inFlight.isEmpty() && inFlight.peek().finished) {
            Call<T, R> call = inFlight.peek();
            if (call.failure != null) {
                try {
                    callFailed.accept(call.input, call.failure);
                } catch (Throwable e) {
                    loop.reportFailure(e);
                }
                stopAfterFailure();
                release(null);
                continue;
            }
            CompletableFuture<Void> pending;
            try {
                pending = downstream.push(call.result);
            } catch (Throwable e) {
                release(e);
                continue;
            }
            if (pending == null) {
                release(null);
                continue;
            }
            emitting = true;
            pending.whenComplete((value, failure) -> LoopTasks.execute(
                    loop,
                    LoopTasks.task(
                            () -> {
                                emitting = false;
                                release(failure == null ? null : Completions.unwrap(failure));
                                drain();
                            },
                            this::close)));
        }
    }

    /** With stop-on-exception, a failed call stops this map (once) and what stops with it. */
    private void stopAfterFailure() {
        if (onStop != null && !stopped) {
            stopped = true;
            try {
                onStop.run();
            } catch (Throwable e) {
                loop.reportFailure(e);
            }
        }
    }

    /** Frees the head's slot, reports its failure if any, and starts the next waiting call. */
    private void release(Throwable failure) {
        if (closed != null) {
            return;
        }
        inFlight.poll();
        if (failure != null) {
            loop.reportFailure(failure);
        }
        Call<T, R> next = waiting.poll();
        if (waiting.isEmpty() && held.isEmpty()) {
            closeWatch.disarm();
        }
        if (next != null) {
            start(next);
        }
    }

    private static final class Call<T, R> {
        final T input;
        /** Completes when the call starts; {@code null} when it started inside {@link #offer}. */
        final CompletableFuture<Void> admitted;

        boolean finished;
        R result;
        Throwable failure;

        Call(T input, CompletableFuture<Void> admitted) {
            this.input = input;
            this.admitted = admitted;
        }

        void finish(R value, Throwable error) {
            finished = true;
            result = value;
            failure = error;
        }
    }
}
