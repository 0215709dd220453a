package io.streamz;

import io.streamz.internal.Failures;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.BaseStream;

/**
 * streamz's {@code flatten}: emits each item of an incoming Iterable, Iterator, Java stream or
 * array, one level deep. A String is deliberately not iterable here (Java does not treat it as a
 * collection of characters), so it fails like any other non-iterable element.
 */
final class FlattenNode<R> extends Stream<R> {
    FlattenNode(Stream<?> upstream) {
        super(upstream);
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        try {
            if (x instanceof Iterable) {
                return emitAll(((Iterable<?>) x).iterator());
            }
            if (x instanceof Iterator) {
                return emitAll((Iterator<?>) x);
            }
            if (x instanceof BaseStream) {
                return emitAll(((BaseStream<?, ?>) x).iterator());
            }
            if (x != null && x.getClass().isArray()) {
                return emitArray(x);
            }
        } catch (Throwable e) {
            return failed(x, e); // an iterator's own failure; downstream ones are already named, and pass
        }
        return failed(x, notIterable(x));
    }

    private CompletableFuture<Void> emitAll(Iterator<?> items) {
        CompletableFuture<Void> pending = null;
        while (items.hasNext()) {
            pending = Futures.and(pending, emitDownstream(items.next()));
        }
        return pending;
    }

    private CompletableFuture<Void> emitArray(Object array) {
        CompletableFuture<Void> pending = null;
        int size = Tuples.size(array);
        for (int i = 0; i < size; i++) {
            pending = Futures.and(pending, emitDownstream(Tuples.get(array, i)));
        }
        return pending;
    }

    private RuntimeException notIterable(Object x) {
        if (x == null) {
            return Failures.cannotFlattenNull(label()); // the message fused code gives too
        }
        String hint =
                x instanceof CharSequence ? "; a String is not split into characters, map it to a List first" : "";
        return new IllegalArgumentException(this + " cannot flatten a "
                + x.getClass().getName() + ": expected an Iterable, Iterator, java.util.stream.Stream or array" + hint);
    }

    @Override
    String operatorName() {
        return "flatten";
    }
}
