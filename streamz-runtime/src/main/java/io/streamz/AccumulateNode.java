package io.streamz;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * streamz's {@code accumulate}, in its four shapes: with or without a start, and with the
 * function returning the new state or an {@link Accumulated} of state and value. Without a
 * start the first element becomes the state and is emitted unchanged. The state only changes
 * when the function returns normally; it is stored before the value goes downstream.
 */
final class AccumulateNode<T, S, R> extends Stream<R> {
    private final BiFunction<? super S, ? super T, ?> f;
    private final boolean returnsState;
    private boolean started;
    private S state;

    private AccumulateNode(
            Stream<T> upstream, BiFunction<? super S, ? super T, ?> f, boolean returnsState, boolean started, S start) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(f, "f")));
        this.f = f;
        this.returnsState = returnsState;
        this.started = started;
        this.state = start;
    }

    static <T, S> Stream<S> folding(Stream<T> upstream, BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return new AccumulateNode<T, S, S>(upstream, f, false, true, start);
    }

    static <T> Stream<T> foldingFromFirst(Stream<T> upstream, BiFunction<? super T, ? super T, ? extends T> f) {
        return new AccumulateNode<T, T, T>(upstream, f, false, false, null);
    }

    static <T, S, R> Stream<R> returningState(
            Stream<T> upstream, BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start) {
        return new AccumulateNode<T, S, R>(upstream, f, true, true, start);
    }

    static <T> Stream<T> returningStateFromFirst(
            Stream<T> upstream, BiFunction<? super T, ? super T, Accumulated<T, ? extends T>> f) {
        return new AccumulateNode<T, T, T>(upstream, f, true, false, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (!started) {
            started = true;
            state = (S) x;
            return emitToDownstreams(x);
        }
        Object result;
        try {
            result = f.apply(state, (T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        if (!returnsState) {
            state = (S) result;
            return emitToDownstreams(result);
        }
        if (result == null) {
            return failed(
                    x,
                    new NullPointerException("accumulate: " + FunctionNames.of(f)
                            + " returned null; a state-returning accumulator must return an Accumulated"));
        }
        Accumulated<S, R> next = (Accumulated<S, R>) result;
        state = next.state();
        return emitToDownstreams(next.value());
    }

    /**
     * {@link #emitDownstream}, with the common single-downstream case written out here: the JIT
     * profiles call sites per method, so in the shared loop every operator's downstream type
     * meets and the call stays megamorphic (a virtual call per stage). Here it sees only what
     * follows a accumulate, usually one type, and can inline the chain as it does for RxJava's operators.
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
        return "accumulate";
    }

    @Override
    String detail() {
        return FunctionNames.of(f);
    }

    @Override
    String graphvizShape() {
        return "box";
    }
}
