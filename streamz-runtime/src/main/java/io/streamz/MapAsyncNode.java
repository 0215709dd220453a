package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.Failures;
import io.streamz.internal.OrderedAsyncMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** streamz's {@code map_async(f, parallelism)}: order kept, at most {@code parallelism} calls in flight. */
final class MapAsyncNode<T, R> extends Stream<R> {
    private final Function<? super T, ? extends CompletionStage<? extends R>> f;
    private final OrderedAsyncMap<T, R> mapper;

    MapAsyncNode(Stream<T> upstream, Function<? super T, ? extends CompletionStage<? extends R>> f, int parallelism) {
        super(Preconditions.checkedBefore(upstream, () -> {
            Objects.requireNonNull(f, "f");
            if (parallelism < 1) {
                throw new IllegalArgumentException("mapAsync: parallelism must be >= 1, not " + parallelism);
            }
        }));
        this.f = f;
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
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return mapper.offer((T) x);
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
