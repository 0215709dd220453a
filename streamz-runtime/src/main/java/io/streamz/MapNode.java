package io.streamz;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** streamz's {@code map}: emits {@code f(x)}, {@code null} included. */
final class MapNode<T, R> extends Stream<R> {
    private final Function<? super T, ? extends R> f;

    MapNode(Stream<T> upstream, Function<? super T, ? extends R> f) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(f, "f")));
        this.f = f;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        R result;
        try {
            result = f.apply((T) x);
        } catch (RuntimeException e) {
            throw StageFailure.record(this, e);
        }
        return emitDownstream(result);
    }

    @Override
    String operatorName() {
        return "map";
    }

    @Override
    String detail() {
        return FunctionNames.of(f);
    }
}
