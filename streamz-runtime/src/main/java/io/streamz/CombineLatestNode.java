package io.streamz;

import io.streamz.internal.CombineLatestJoin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code combine_latest}: remembers the latest element of each input and, once every
 * input has produced one, emits the tuple of them whenever an {@code emitOn} input (by default
 * any input) produces. An input named twice fills both its positions. An input connected later
 * adds a position at the end (and triggers if {@code emitOn} is the default); disconnecting an
 * input drops its position and its {@code emitOn} membership; an {@code emitOn} left empty
 * falls back to the default rather than muting the node for good, as streamz does. The latest
 * elements and the layout are {@link CombineLatestJoin}, shared with generated code. Metadata:
 * each input's latest element's references are held until a newer element replaces it; a tuple
 * carries the metadata of its elements, in position order.
 */
final class CombineLatestNode extends Stream<List<Object>> {
    private final JoinInputs inputs = new JoinInputs();

    private final CombineLatestJoin join;
    /** The metadata of each input's latest element, held until a newer one replaces it. */
    private final HeldElements held = new HeldElements();
    /** What the join keeps as each input's latest element. */
    private final Map<Stream<?>, Object> latest = new IdentityHashMap<>();

    CombineLatestNode(Stream<?> first, Stream<?>[] others, List<? extends Stream<?>> emitOn) {
        super(Preconditions.checkedBefore(Inputs.prepend(first, others), () -> checkEmitOn(first, others, emitOn)));
        this.join = CombineLatestJoin.laidOut(tuple -> held.letGoAll(tuple, wrapper -> false, this::emitDownstream));
        join.addPosition(inputFor(first));
        for (Stream<?> other : others) {
            join.addPosition(inputFor(other));
        }
        if (emitOn != null) {
            for (Stream<?> trigger : emitOn) {
                join.emitOn(inputs.find(trigger));
            }
        }
    }

    /** {@code emitOn}, when given, must name at least one input and nothing else. */
    private static void checkEmitOn(Stream<?> first, Stream<?>[] others, List<? extends Stream<?>> emitOn) {
        if (emitOn == null) {
            return;
        }
        if (emitOn.isEmpty()) {
            throw new IllegalArgumentException("emitOn names no input; pass the inputs that trigger a tuple");
        }
        List<Stream<?>> inputs = new ArrayList<>(Arrays.asList(others));
        inputs.add(first);
        for (Stream<?> trigger : emitOn) {
            if (inputs.stream().noneMatch(input -> input == trigger)) {
                throw new IllegalArgumentException(
                        "emitOn names " + trigger + ", which is not an input of <combineLatest>");
            }
        }
    }

    private int inputFor(Stream<?> stream) {
        int known = inputs.find(stream);
        return known >= 0 ? known : inputs.add(stream, join.addInput());
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object item = held.hold(x, who);
        Object replaced = latest.put(who, item);
        try {
            return join.offer(inputFor(who), item);
        } finally {
            held.release(replaced);
        }
    }

    @Override
    void upstreamAdded(Stream<?> upstream) {
        join.addPosition(inputFor(upstream));
    }

    @Override
    void upstreamRemoved(Stream<?> upstream) {
        int gone = inputs.remove(upstream);
        if (gone >= 0) {
            join.removeInput(gone);
        }
        held.release(latest.remove(upstream));
    }

    /** A closed graph lets go of the metadata of the latest elements. */
    @Override
    void closeNode(StreamClosedException why) {
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "combineLatest";
    }

    @Override
    String graphvizShape() {
        return "triangle";
    }

    @Override
    int graphvizOrientation() {
        return 270;
    }
}
