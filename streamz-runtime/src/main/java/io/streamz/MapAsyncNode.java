package io.streamz;

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
        this.mapper = new OrderedAsyncMap<T, R>(ensureLoop(), this::call, parallelism, this::emitDownstream);
    }

    /** Calls {@code f}, naming this stage on whatever it throws, now or later. */
    private CompletionStage<? extends R> call(T x) {
        CompletionStage<? extends R> stage;
        try {
            stage = f.apply(x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        if (stage == null) {
            throw StageFailure.record(
                    this,
                    new NullPointerException(
                            "mapAsync: " + FunctionNames.of(f) + " returned null instead of a CompletionStage"));
        }
        return AsyncFailures.named(stage, this);
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
