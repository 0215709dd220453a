package io.streamz.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of {@code zipLatest}, fused or interpreted: input 0 is lossless, each of its
 * elements emitted exactly once with the latest element of every other input; lossless elements
 * arriving before every other input has produced are held and released, in order, by the
 * arrival completing the set. The tuple's positions are laid out once, each filled by an input
 * (position 0 by the lossless one; an input may fill several).
 *
 * <p>Generated code builds a join of fixed inputs in position order; the runtime's node builds
 * one of the lossless input alone ({@link #laidOut}) and adds the others as streams connect and
 * disconnect. Called by generated code and by the runtime's node, not API; one thread at a time.
 */
public final class ZipLatestJoin {
    private static final Object NULL = new Object();

    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private final TupleDownstream downstream;
    /** Per input, its latest element; input 0's is never read. */
    private Object[] latest = {null};

    private boolean[] present = {true};
    /** Per tuple position: the input filling it. */
    private int[] layout = {0};
    /** Inputs other than the lossless one that have not produced yet. */
    private int missing;

    /** A zipLatest of {@code inputs} inputs, the first lossless, handing its tuples to {@code downstream}. */
    public ZipLatestJoin(int inputs, Consumer<List<Object>> downstream) {
        this(inputs, TupleDownstream.synchronous(downstream));
    }

    /** As {@link #ZipLatestJoin(int, Consumer)}, for a downstream that may leave work pending. */
    public static ZipLatestJoin pending(int inputs, TupleDownstream downstream) {
        return new ZipLatestJoin(inputs, Objects.requireNonNull(downstream, "downstream"));
    }

    /** A zipLatest of the lossless input alone; {@link #addInput} and {@link #addPosition} add the others. */
    public static ZipLatestJoin laidOut(TupleDownstream downstream) {
        return new ZipLatestJoin(1, Objects.requireNonNull(downstream, "downstream"));
    }

    private ZipLatestJoin(int inputs, TupleDownstream downstream) {
        if (inputs < 1) {
            throw new IllegalArgumentException("zipLatest needs at least one input, got " + inputs);
        }
        this.downstream = downstream;
        for (int i = 1; i < inputs; i++) {
            addPosition(addInput());
        }
    }

    /** Adds an input, not lossless, with no position yet; returns its index, which offers name. */
    public int addInput() {
        latest = Layouts.append(latest, null);
        present = Layouts.append(present, false);
        missing++;
        return latest.length - 1;
    }

    /** Adds a tuple position, at the end, filled by {@code input}. */
    public void addPosition(int input) {
        layout = Layouts.append(layout, Objects.checkIndex(input, latest.length));
    }

    /**
     * Removes {@code input} (not the lossless one), its latest element and its positions; the
     * inputs after it move down by one index. Held elements then wait only for the others.
     */
    public void removeInput(int input) {
        if (input == 0) {
            throw new IllegalArgumentException("the lossless input stays; discardHeld() drops what it holds");
        }
        if (!present[input]) {
            missing--;
        }
        latest = Layouts.without(latest, input);
        present = Layouts.without(present, input);
        layout = Layouts.withoutInput(layout, input);
    }

    /** Drops the lossless elements waiting for the other inputs. */
    public void discardHeld() {
        held.clear();
    }

    /** How many lossless elements wait for the other inputs. */
    public int held() {
        return held.size();
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
            Object element = held.poll(); // before emitting: a feedback loop re-entering sees it gone
            pending = Completions.and(pending, downstream.accept(tupleFor(element == NULL ? null : element)));
        }
        return pending;
    }

    private List<Object> tupleFor(Object losslessElement) {
        int[] layout = this.layout;
        Object[] tuple = new Object[layout.length];
        for (int i = 0; i < tuple.length; i++) {
            int input = layout[i];
            tuple[i] = input == 0 ? losslessElement : latest[input];
        }
        return Lists.wrap(tuple);
    }
}
