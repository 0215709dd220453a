package io.streamz;

import io.streamz.internal.PrimitiveState;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * streamz's {@code accumulate}, in its four shapes: with or without a start, and with the
 * function returning the new state or an {@link Accumulated} of state and value. Without a
 * start the first element becomes the state and is emitted unchanged. The state only changes
 * when the function returns normally; it is stored before the value goes downstream. With
 * {@code withState} (streamz's {@code with_state=True}) it emits {@code Accumulated(state,
 * value)}. With a {@code reset} stream (streamz PR #249), that stream is a second upstream whose
 * every element sets the state back to the start, emitting nothing.
 */
final class AccumulateNode<T, S, R> extends Stream<Object> {
    private final BiFunction<? super S, ? super T, ?> f;
    private final boolean returnsState;
    private final boolean withState;
    /** The stream whose elements reset the state, or {@code null}. */
    private final Stream<?> reset;

    private final boolean hasStart;
    private final S start;
    private boolean started;
    private S state;

    private AccumulateNode(
            Stream<T> upstream,
            BiFunction<? super S, ? super T, ?> f,
            boolean returnsState,
            boolean hasStart,
            S start,
            boolean withState,
            Stream<?> reset) {
        super(Preconditions.checkedBefore(inputs(upstream, reset), () -> Objects.requireNonNull(f, "f")));
        this.f = f;
        this.returnsState = returnsState;
        this.withState = withState;
        this.reset = reset;
        this.hasStart = hasStart;
        this.start = start;
        this.started = hasStart;
        this.state = start;
    }

    private static Stream<?>[] inputs(Stream<?> upstream, Stream<?> reset) {
        if (reset == null) {
            return new Stream<?>[] {upstream};
        }
        if (reset == upstream) {
            throw new IllegalArgumentException("accumulate: the reset stream must not be the stream accumulated");
        }
        return new Stream<?>[] {upstream, reset};
    }

    @SuppressWarnings("unchecked")
    private static <X> Stream<X> typed(AccumulateNode<?, ?, ?> node) {
        return (Stream<X>) (Stream<?>) node;
    }

    static <T, S> Stream<S> folding(Stream<T> upstream, BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return typed(new AccumulateNode<T, S, S>(upstream, f, false, true, start, false, null));
    }

    static <T> Stream<T> foldingFromFirst(Stream<T> upstream, BiFunction<? super T, ? super T, ? extends T> f) {
        return typed(new AccumulateNode<T, T, T>(upstream, f, false, false, null, false, null));
    }

    static <T, S, R> Stream<R> returningState(
            Stream<T> upstream, BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start) {
        return typed(new AccumulateNode<T, S, R>(upstream, f, true, true, start, false, null));
    }

    static <T> Stream<T> returningStateFromFirst(
            Stream<T> upstream, BiFunction<? super T, ? super T, Accumulated<T, ? extends T>> f) {
        return typed(new AccumulateNode<T, T, T>(upstream, f, true, false, null, false, null));
    }

    /** {@code with_state=True}: emits {@code Accumulated(state, state)}. */
    static <T, S> Stream<Accumulated<S, S>> foldingWithState(
            Stream<T> upstream, BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return typed(new AccumulateNode<T, S, S>(upstream, f, false, true, start, true, null));
    }

    /** {@code with_state=True} without a start: the first element {@code x} emits {@code Accumulated(x, x)}. */
    static <T> Stream<Accumulated<T, T>> foldingFromFirstWithState(
            Stream<T> upstream, BiFunction<? super T, ? super T, ? extends T> f) {
        return typed(new AccumulateNode<T, T, T>(upstream, f, false, false, null, true, null));
    }

    /** A fold whose state goes back to {@code start} on every element of {@code reset}. */
    static <T, S> Stream<S> foldingWithReset(
            Stream<T> upstream, BiFunction<? super S, ? super T, ? extends S> f, S start, Stream<?> reset) {
        return typed(new AccumulateNode<T, S, S>(upstream, f, false, true, start, false, reset));
    }

    /** {@link #foldingWithState} whose state goes back to {@code start} on every element of {@code reset}. */
    static <T, S> Stream<Accumulated<S, S>> foldingWithStateAndReset(
            Stream<T> upstream, BiFunction<? super S, ? super T, ? extends S> f, S start, Stream<?> reset) {
        return typed(new AccumulateNode<T, S, S>(upstream, f, false, true, start, true, reset));
    }

    /** {@link #returningState} whose state goes back to {@code start} on every element of {@code reset}. */
    static <T, S, R> Stream<R> returningStateWithReset(
            Stream<T> upstream, BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start, Stream<?> reset) {
        return typed(new AccumulateNode<T, S, R>(upstream, f, true, true, start, false, reset));
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (who == reset) { // never true without a reset stream: who is never null
            started = hasStart;
            state = start;
            return null;
        }
        if (!started) {
            if (x == null && f instanceof PrimitiveState) { // a state the pipeline declares primitive
                return failed(
                        x, new NullPointerException(PrimitiveState.nullFirstElement(((PrimitiveState) f).stateType())));
            }
            started = true;
            state = (S) x;
            return emitToDownstreams(withState ? Accumulated.of(x, x) : x);
        }
        Object result;
        try {
            result = f.apply(state, (T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        if (!returnsState) {
            state = (S) result;
            return emitToDownstreams(withState ? Accumulated.of(result, result) : result);
        }
        if (result == null) {
            return failed(
                    x,
                    new NullPointerException("accumulate: " + FunctionNames.of(f)
                            + " returned null; a state-returning accumulator must return an Accumulated"));
        }
        Accumulated<S, R> next = (Accumulated<S, R>) result;
        state = next.state();
        return emitToDownstreams(withState ? next : next.value());
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
