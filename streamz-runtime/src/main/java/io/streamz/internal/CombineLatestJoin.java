package io.streamz.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of {@code combineLatest}, fused or interpreted: the latest element of each input;
 * once every input has produced, an arrival on an emitting input sends the tuple of latest
 * elements downstream. Every input emits unless some are named as the emitting ones; when the
 * last of those goes, every input emits again. The tuple's positions are laid out once, each
 * filled by an input (an input may fill several).
 *
 * <p>Generated code builds a join of fixed inputs in position order; the runtime's node builds
 * an empty one ({@link #laidOut}) and adds inputs and positions as streams connect and
 * disconnect. Called by generated code and by the runtime's node, not API; one thread at a time.
 */
public final class CombineLatestJoin {
    private final TupleDownstream downstream;
    private Object[] latest = Growth.NO_OBJECTS;
    private boolean[] present = new boolean[0];
    /** Which inputs emit, when {@link #everyInputEmits} does not hold. */
    private boolean[] emits = new boolean[0];

    private boolean everyInputEmits = true;
    /** Per tuple position: the input whose latest element fills it. */
    private int[] layout = new int[0];
    /** Inputs that have not produced yet. */
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

    /** A combineLatest with no input yet; {@link #addInput} and {@link #addPosition} lay it out. */
    public static CombineLatestJoin laidOut(TupleDownstream downstream) {
        return new CombineLatestJoin(Objects.requireNonNull(downstream, "downstream"));
    }

    private CombineLatestJoin(int inputs, TupleDownstream downstream, int[] emitOn) {
        this(downstream);
        if (inputs < 1) {
            throw new IllegalArgumentException("combineLatest needs at least one input, got " + inputs);
        }
        for (int i = 0; i < inputs; i++) {
            addPosition(addInput());
        }
        for (int input : emitOn) {
            emitOn(input);
        }
    }

    private CombineLatestJoin(TupleDownstream downstream) {
        this.downstream = downstream;
    }

    /** Adds an input with no position yet; returns its index, which offers name. */
    public int addInput() {
        latest = Layouts.append(latest, null);
        present = Layouts.append(present, false);
        emits = Layouts.append(emits, false);
        missing++;
        return latest.length - 1;
    }

    /** Adds a tuple position, at the end, filled by {@code input}'s latest element. */
    public void addPosition(int input) {
        layout = Layouts.append(layout, Objects.checkIndex(input, latest.length));
    }

    /** Makes {@code input} one of the inputs whose arrivals emit; the others no longer do. */
    public void emitOn(int input) {
        emits[Objects.checkIndex(input, latest.length)] = true;
        everyInputEmits = false;
    }

    /**
     * Removes {@code input}, its latest element and its positions; the inputs after it move down
     * by one index. If it was the last emitting input, every input emits again.
     */
    public void removeInput(int input) {
        if (!present[input]) {
            missing--;
        }
        latest = Layouts.without(latest, input);
        present = Layouts.without(present, input);
        emits = Layouts.without(emits, input);
        layout = Layouts.withoutInput(layout, input);
        boolean anyEmits = false;
        for (boolean emitting : emits) {
            anyEmits |= emitting;
        }
        everyInputEmits |= !anyEmits;
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
        if (missing > 0 || !(everyInputEmits || emits[input])) {
            return null;
        }
        int[] layout = this.layout;
        Object[] tuple = new Object[layout.length];
        for (int i = 0; i < tuple.length; i++) {
            tuple[i] = latest[layout[i]];
        }
        return downstream.accept(Lists.wrap(tuple));
    }
}
