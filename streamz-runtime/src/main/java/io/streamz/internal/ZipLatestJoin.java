package io.streamz.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of a fused {@code zipLatest}: input 0 is lossless, each of its elements emitted
 * exactly once with the latest element of every other input; lossless elements arriving before
 * every other input has produced are held and released, in order, by the arrival completing the
 * set. Called by generated code, not API; one thread at a time.
 */
public final class ZipLatestJoin {
    private static final Object NULL = new Object();

    private final Object[] latest;
    private final boolean[] present;
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private final TupleDownstream downstream;
    private int missing;

    /** A zipLatest of {@code inputs} inputs, the first lossless, handing its tuples to {@code downstream}. */
    public ZipLatestJoin(int inputs, Consumer<List<Object>> downstream) {
        this(inputs, TupleDownstream.synchronous(downstream));
    }

    /** As {@link #ZipLatestJoin(int, Consumer)}, for a downstream that may leave work pending. */
    public static ZipLatestJoin pending(int inputs, TupleDownstream downstream) {
        return new ZipLatestJoin(inputs, Objects.requireNonNull(downstream, "downstream"));
    }

    private ZipLatestJoin(int inputs, TupleDownstream downstream) {
        if (inputs < 1) {
            throw new IllegalArgumentException("zipLatest needs at least one input, got " + inputs);
        }
        this.latest = new Object[inputs];
        this.present = new boolean[inputs];
        this.missing = inputs - 1;
        this.downstream = downstream;
    }

    /**
     * Takes {@code x} from input {@code input} and emits every held lossless element once all
     * inputs have produced; returns the work those tuples left pending downstream, or {@code null}.
     */
    public CompletableFuture<Void> offer(int input, Object x) {
        if (input == 0) {
            held.add(x == null ? NULL : x);
        } else {
            latest[input] = x;
            if (!present[input]) {
                present[input] = true;
                missing--;
            }
        }
        if (missing > 0) {
            return null;
        }
        CompletableFuture<Void> pending = null;
        while (!held.isEmpty()) {
            Object element = held.poll();
            Object[] tuple = latest.clone();
            tuple[0] = element == NULL ? null : element;
            pending = Completions.and(pending, downstream.accept(Lists.wrap(tuple)));
        }
        return pending;
    }
}
