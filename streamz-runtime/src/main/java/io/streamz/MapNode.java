package io.streamz;

import java.lang.ref.WeakReference;
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
        } catch (Throwable e) {
            return failed(x, e);
        }
        return emitToDownstreams(result);
    }

    /**
     * {@link #emitDownstream}, with the common single-downstream case written out here: the JIT
     * profiles call sites per method, so in the shared loop every operator's downstream type
     * meets and the call stays megamorphic (a virtual call per stage). Here it sees only what
     * follows a map, usually one type, and can inline the chain as it does for RxJava's operators.
     */
    private CompletableFuture<Void> emitToDownstreams(Object x) {
        Stream<?> only = soleSink();
        if (only == null) {
            WeakReference<Stream<?>> sole = soleDownstreamRef();
            if (sole == null || (only = sole.get()) == null) {
                return emitDownstream(x);
            }
        }
        return Futures.and(null, only.update(x, this));
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
