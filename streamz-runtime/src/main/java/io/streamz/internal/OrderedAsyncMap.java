package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * streamz's {@code map_async}: calls an asynchronous function with at most {@code parallelism}
 * calls in flight and hands the results downstream in offer order, from the loop. The future of
 * an offer completes when its result has gone downstream and that work has finished, or
 * exceptionally when the call failed (then nothing is emitted for it and the next element goes
 * on). Offers beyond {@code parallelism} wait in order. Call {@link #offer} on the loop thread;
 * completions from any thread hop onto the loop. Called by generated code, not API.
 *
 * @param <T> the input type
 * @param <R> the result type
 */
public final class OrderedAsyncMap<T, R> {
    private final EventLoop loop;
    private final Function<? super T, ? extends CompletionStage<? extends R>> f;
    private final int parallelism;
    private final Downstream<? super R> downstream;
    /** Started calls, in offer order; results leave from the head only. */
    private final ArrayDeque<Call<T, R>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Call<T, R>> waiting = new ArrayDeque<>();

    /** @throws IllegalArgumentException if {@code parallelism < 1} */
    public OrderedAsyncMap(EventLoop loop, Function<? super T, ? extends CompletionStage<? extends R>> f,
                           int parallelism, Downstream<? super R> downstream) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, not " + parallelism);
        }
        this.loop = Objects.requireNonNull(loop, "loop");
        this.f = Objects.requireNonNull(f, "f");
        this.parallelism = parallelism;
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Starts or queues the call for {@code x}; the future completes once its result went through. */
    public CompletableFuture<Void> offer(T x) {
        Call<T, R> call = new Call<>(x);
        if (inFlight.size() < parallelism) {
            start(call);
        } else {
            waiting.add(call);
        }
        return call.done;
    }

    /** Calls started and not yet handed downstream. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Offers waiting for a free call slot. */
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
        } catch (RuntimeException e) {
            call.finish(null, e);
            loop.execute(this::drain); // results leave from a loop task, in order
            return;
        }
        stage.whenComplete((value, failure) -> loop.execute(() -> {
            call.finish(value, failure == null ? null : Completions.unwrap(failure));
            drain();
        }));
    }

    private void drain() {
        while (!inFlight.isEmpty() && inFlight.peek().finished) {
            Call<T, R> call = inFlight.poll();
            if (call.failure != null) {
                call.done.completeExceptionally(call.failure);
            } else {
                R value = call.result;
                Completions.relay(() -> downstream.push(value), call.done);
            }
            Call<T, R> next = waiting.poll();
            if (next != null) {
                start(next);
            }
        }
    }

    private static final class Call<T, R> {
        final T input;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        boolean finished;
        R result;
        Throwable failure;

        Call(T input) {
            this.input = input;
        }

        void finish(R value, Throwable error) {
            finished = true;
            result = value;
            failure = error;
        }
    }
}
