package io.streamz;

import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code pluck}: item {@code pick} of each element (a List or array by index, a Map by
 * key), or with several picks a tuple of those items. Python's negative indices are not
 * supported: an index outside {@code [0, size)} is an {@link IndexOutOfBoundsException}.
 */
final class PluckNode<R> extends Stream<R> {
    private final Object pick;
    private final Object[] picks;

    /** Exactly one of {@code pick} (an index or key, possibly {@code null} as a Map key) and {@code picks} is used. */
    PluckNode(Stream<?> upstream, Object pick, Object[] picks) {
        super(upstream);
        this.pick = pick;
        this.picks = picks;
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object out;
        try {
            if (picks == null) {
                out = pickOne(x, pick);
            } else {
                Object[] tuple = new Object[picks.length];
                for (int i = 0; i < picks.length; i++) {
                    tuple[i] = pickOne(x, picks[i]);
                }
                out = Tuples.wrap(tuple);
            }
        } catch (Throwable e) {
            return failed(x, e);
        }
        return emitDownstream(out);
    }

    private Object pickOne(Object x, Object key) {
        if (x instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) x;
            Object value = map.get(key);
            if (value == null && !map.containsKey(key)) {
                throw new NoSuchElementException(
                        this + " found no key " + key + " in a " + x.getClass().getName());
            }
            return value;
        }
        if (Tuples.isIndexable(x)) {
            if (!(key instanceof Integer)) {
                throw new IllegalArgumentException(this + " cannot index a "
                        + x.getClass().getName() + " with a " + Tuples.typeOf(key) + "; use an int index");
            }
            int index = (Integer) key;
            int size = Tuples.size(x);
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(this + " index " + index + " out of bounds for length " + size);
            }
            return Tuples.get(x, index);
        }
        if (x == null) {
            throw new NullPointerException(this + " cannot pluck from null");
        }
        throw new IllegalArgumentException(
                this + " cannot pluck from a " + x.getClass().getName() + ": expected a List, an array or a Map");
    }

    @Override
    String operatorName() {
        return "pluck";
    }

    @Override
    String detail() {
        return picks == null ? String.valueOf(pick) : Arrays.toString(picks);
    }
}
