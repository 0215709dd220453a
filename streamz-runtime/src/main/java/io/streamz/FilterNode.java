package io.streamz;

import java.lang.ref.WeakReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** streamz's {@code filter}; a {@code null} predicate is {@code filter(None)}: drop {@code null} and {@code false}. */
final class FilterNode<T> extends Stream<T> {
    private final Predicate<? super T> predicate;
    private final String operator;
    private final Object shownFunction;

    FilterNode(Stream<T> upstream, Predicate<? super T> predicate) {
        this(upstream, predicate, "filter", predicate);
    }

    FilterNode(Stream<T> upstream, Predicate<? super T> predicate, String operator, Object shownFunction) {
        super(upstream);
        this.predicate = predicate;
        this.operator = operator;
        this.shownFunction = shownFunction;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        boolean pass;
        if (predicate == null) {
            pass = x != null && !Boolean.FALSE.equals(x);
        } else {
            try {
                pass = predicate.test((T) x);
            } catch (Throwable e) {
                return failed(x, e);
            }
        }
        return pass ? emitToDownstreams(x) : null;
    }

    /**
     * {@link #emitDownstream}, with the common single-downstream case written out here: the JIT
     * profiles call sites per method, so in the shared loop every operator's downstream type
     * meets and the call stays megamorphic (a virtual call per stage). Here it sees only what
     * follows a filter, usually one type, and can inline the chain as it does for RxJava's operators.
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
        return operator;
    }

    @Override
    String detail() {
        return shownFunction == null ? "_truthy" : FunctionNames.of(shownFunction);
    }
}
