package io.streamz.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of a fused {@code combineLatest}: the latest element of each input; once every input
 * has produced, an arrival on an emitting input sends the tuple of latest elements downstream.
 * Called by generated code, not API; one thread at a time.
 */
public final class CombineLatestJoin {
    private final Object[] latest;
    private final boolean[] present;
    private final boolean[] emits;
    private final TupleDownstream downstream;
    private int missing;

    /**
     * A combineLatest of {@code inputs} inputs handing its tuples to {@code downstream}; only
     * arrivals on the {@code emitOn} inputs emit, or on any input when none is given.
     */
    public CombineLatestJoin(int inputs, Consumer<List<Object>> downstream, int... emitOn) {
        this(inputs, TupleDownstream.synchronous(downstream), emitOn);
    }

    /** As {@link #CombineLatestJoin(int, Consumer, int...)}, for a downstream that may leave work pending. */
    public static CombineLatestJoin pending(int inputs, TupleDownstream downstream, int... emitOn) {
        return new CombineLatestJoin(inputs, Objects.requireNonNull(downstream, "downstream"), emitOn);
    }

    private CombineLatestJoin(int inputs, TupleDownstream downstream, int[] emitOn) {
        if (inputs < 1) {
            throw new IllegalArgumentException("combineLatest needs at least one input, got " + inputs);
        }
        this.latest = new Object[inputs];
        this.present = new boolean[inputs];
        this.emits = new boolean[inputs];
        this.missing = inputs;
        this.downstream = downstream;
        for (int input : emitOn) {
            emits[input] = true;
        }
        if (emitOn.length == 0) {
            java.util.Arrays.fill(emits, true);
        }
    }

    /**
     * Records {@code x} as the latest of input {@code input} and emits if that input triggers;
     * returns the work the tuple left pending downstream, or {@code null}.
     */
    public CompletableFuture<Void> offer(int input, Object x) {
        latest[input] = x;
        if (!present[input]) {
            present[input] = true;
            missing--;
        }
        if (missing == 0 && emits[input]) {
            return downstream.accept(Lists.wrap(latest.clone()));
        }
        return null;
    }
}
