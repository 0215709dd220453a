package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.Failures;
import io.streamz.internal.OrderedAsyncMap;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * streamz's {@code map_async(f, parallelism, stop_on_exception)}: order kept, at most
 * {@code parallelism} calls in flight. With {@code stopOnException}, a failed call (reported or
 * routed as usual) stops the sources upstream and this stage starts no new call: elements that
 * still arrive wait here (their emit futures pending), calls already started or waiting for a
 * slot finish; {@link #start()} resumes with the next element, nothing lost.
 */
final class MapAsyncNode<T, R> extends Stream<R> {
    private final Function<? super T, ? extends CompletionStage<? extends R>> f;
    private final OrderedAsyncMap<T, R> mapper;
    private final boolean stopOnException;
    /** Loop-confined: stopped by a failure, until start(); then elements wait in {@link #held}. */
    private boolean paused;

    private final ArrayDeque<Held> held = new ArrayDeque<>();

    /** An element that arrived while paused, with the future that admits it on start(). */
    private record Held(Object element, CompletableFuture<Void> admitted) {}

    MapAsyncNode(Stream<T> upstream, Function<? super T, ? extends CompletionStage<? extends R>> f, int parallelism) {
        this(upstream, f, parallelism, false);
    }

    MapAsyncNode(
            Stream<T> upstream,
            Function<? super T, ? extends CompletionStage<? extends R>> f,
            int parallelism,
            boolean stopOnException) {
        super(Preconditions.checkedBefore(upstream, () -> {
            Objects.requireNonNull(f, "f");
            if (parallelism < 1) {
                throw new IllegalArgumentException("mapAsync: parallelism must be >= 1, not " + parallelism);
            }
        }));
        this.f = f;
        this.stopOnException = stopOnException;
        EventLoop loop = ensureLoop();
        this.mapper = new OrderedAsyncMap<T, R>(loop, this::call, parallelism, this::emitDownstream, this::callFailed);
    }

    /** Calls {@code f}; what it throws, a {@code null} stage and a failed stage all reach {@link #callFailed}. */
    private CompletionStage<? extends R> call(T x) {
        CompletionStage<? extends R> stage = f.apply(x);
        if (stage == null) {
            throw new NullPointerException(
                    "mapAsync: " + FunctionNames.of(f) + " returned null instead of a CompletionStage");
        }
        return stage;
    }

    /** A call failed: routed if this stage routes its failures, else reported to the loop; the slot is free. */
    private void callFailed(T x, Throwable failure) {
        Throwable named = Failures.named(label(), failure);
        CompletableFuture<Void> routed = routeIfAsked(x, named);
        if (routed == null) {
            loop().orElseThrow().reportFailure(named);
        } else {
            Completions.reportFailure(routed, loop().orElseThrow());
        }
        if (stopOnException && !paused) {
            paused = true;
            stop(); // the sources upstream
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (paused) {
            CompletableFuture<Void> admitted = new CompletableFuture<>();
            held.add(new Held(x, admitted));
            return admitted;
        }
        return mapper.offer((T) x);
    }

    /** {@code start()}: resumes after a failure stopped this stage, offering what waited here in order. */
    @Override
    boolean startNode() {
        if (!stopOnException) {
            return false;
        }
        EventLoop loop = loop().orElseThrow();
        if (loop.inLoop()) {
            resume();
        } else {
            loop.execute(this::resume);
        }
        return false; // nothing to undo if another source fails to start
    }

    @SuppressWarnings("unchecked")
    private void resume() {
        paused = false;
        while (!paused && !held.isEmpty()) {
            Held next = held.poll();
            CompletableFuture<Void> admitted = mapper.offer((T) next.element());
            if (admitted == null) {
                next.admitted().complete(null);
            } else {
                admitted.whenComplete((v, failure) -> Completions.settle(next.admitted(), failure));
            }
        }
    }

    @Override
    void closeNode(StreamClosedException why) {
        mapper.close(why);
    }

    @Override
    String operatorName() {
        return "mapAsync";
    }

    @Override
    String detail() {
        return FunctionNames.of(f);
    }
}
