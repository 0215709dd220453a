package io.streamz;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/** streamz's {@code starmap}: spreads each tuple (a List or array) over the function's parameters. */
final class StarmapNode<R> extends Stream<R> {
    private final Object f;
    private final int arity;

    StarmapNode(Stream<?> upstream, Object f, int arity) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(f, "f")));
        this.f = f;
        this.arity = arity;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (!Tuples.isIndexable(x)) {
            return failed(
                    x,
                    x == null
                            ? new NullPointerException(this + " cannot spread null over " + arity + " parameters")
                            : new IllegalArgumentException(this + " expects a tuple (List or array) of " + arity
                                    + ", got a " + x.getClass().getName()));
        }
        int size = Tuples.size(x);
        if (size != arity) {
            return failed(
                    x, new IllegalArgumentException(this + " expects a tuple of " + arity + ", got one of " + size));
        }
        R result;
        try {
            result = arity == 2
                    ? ((BiFunction<Object, Object, R>) f).apply(Tuples.get(x, 0), Tuples.get(x, 1))
                    : ((TriFunction<Object, Object, Object, R>) f)
                            .apply(Tuples.get(x, 0), Tuples.get(x, 1), Tuples.get(x, 2));
        } catch (Throwable e) {
            return failed(x, e);
        }
        return emitDownstream(result);
    }

    @Override
    String operatorName() {
        return "starmap";
    }

    @Override
    String detail() {
        return FunctionNames.of(f);
    }
}
