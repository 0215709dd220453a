package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.Failures;
import io.streamz.internal.OrderedAsyncMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * streamz's {@code map_async(f, parallelism, stop_on_exception)}: order kept, at most
 * {@code parallelism} calls in flight. With {@code stopOnException}, a failed call (reported or
 * routed as usual) stops the sources upstream and this stage starts no new call: elements that
 * still arrive wait here (their emit futures pending), calls already started or waiting for a
 * slot finish; {@link #start()} resumes with the next element, nothing lost. An element's
 * metadata references are held until its call's result went downstream and that work is done
 * (or the call failed); the result carries them.
 */
final class MapAsyncNode<T, R> extends Stream<R> {
    private final Function<? super T, ? extends CompletionStage<? extends R>> f;
    private final OrderedAsyncMap<Object, Object> mapper;
    /** The metadata of the elements waiting, in a call or for one, held until the result went downstream. */
    private final HeldElements metadata = new HeldElements();

    private final boolean stopOnException;

    /** The result of the call for {@code item}, an element that carries metadata. */
    private record Mapped(Object item, Object result) {}

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
        this.mapper =
                new OrderedAsyncMap<Object, Object>(loop, this::call, parallelism, this::emitResult, this::callFailed);
        mapper.onClose(metadata::releaseAll); // the graph or the loop closing
        if (stopOnException) {
            mapper.stopOnException(this::stop); // the sources upstream stop with it
        }
    }

    /** Calls {@code f}; what it throws, a {@code null} stage and a failed stage all reach {@link #callFailed}. */
    @SuppressWarnings("unchecked")
    private CompletionStage<?> call(Object item) {
        CompletionStage<? extends R> stage = f.apply((T) HeldElements.element(item));
        if (stage == null) {
            throw new NullPointerException(
                    "mapAsync: " + FunctionNames.of(f) + " returned null instead of a CompletionStage");
        }
        return item instanceof HeldElements.Held ? stage.thenApply(result -> new Mapped(item, result)) : stage;
    }

    /** A result goes downstream carrying its element's metadata, which is let go of once that work is done. */
    private CompletableFuture<Void> emitResult(Object result) {
        if (result instanceof Mapped) {
            Mapped mapped = (Mapped) result;
            return metadata.letGoAs(mapped.item(), mapped.result(), this::emitDownstream);
        }
        return metadata.letGo(result, this::emitDownstream);
    }

    /**
     * A call failed: routed if this stage routes its failures, else reported to the loop; the slot
     * is free. A routed failure carries the element's metadata, held until the route's work is
     * done, as a failure routed on the emitting thread does; a reported one lets go of it.
     */
    private void callFailed(Object item, Throwable failure) {
        Throwable named = Failures.named(label(), failure);
        countFailure(named);
        EventLoop loop = loop().orElseThrow();
        if (!routesFailures() || Failures.isFatal(named)) {
            try {
                loop.reportFailure(named);
            } finally {
                metadata.release(item);
            }
        } else {
            Completions.reportFailure(metadata.letGo(item, element -> routeIfAsked(element, named)), loop);
        }
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return mapper.offer(metadata.hold(x));
    }

    /** {@code start()}: resumes after a failure stopped this stage, offering what waited meanwhile in order. */
    @Override
    boolean startNode() {
        if (stopOnException) {
            mapper.resume();
        }
        return false; // nothing to undo if another source fails to start
    }

    @Override
    void closeNode(StreamClosedException why) {
        mapper.close(why); // fails the offers waiting, for a slot or for start()
        metadata.releaseAll();
    }

    @Override
    boolean holdsElements() {
        return true;
    }

    /** Calls in flight. */
    @Override
    long depth() {
        return mapper.inFlight();
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
