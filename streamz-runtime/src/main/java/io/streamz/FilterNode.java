package io.streamz;

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
            } catch (RuntimeException e) {
                throw StageFailure.record(this, e);
            }
        }
        return pass ? emitDownstream(x) : null;
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
