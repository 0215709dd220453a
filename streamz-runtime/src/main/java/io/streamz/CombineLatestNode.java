package io.streamz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code combine_latest}: remembers the latest element of each input and, once every
 * input has produced one, emits the tuple of them whenever an {@code emitOn} input (by default
 * any input) produces. An input named twice fills both its positions. An input connected later
 * adds a position at the end (and triggers if {@code emitOn} is the default); disconnecting an
 * input drops its position and its {@code emitOn} membership; an {@code emitOn} left empty
 * falls back to the default rather than muting the node for good, as streamz does.
 */
final class CombineLatestNode extends Stream<List<Object>> {
    /** A distinct input and its latest element. */
    private static final class Input {
        final Stream<?> stream;
        Object latest;
        boolean present;

        Input(Stream<?> stream) {
            this.stream = stream;
        }
    }

    private final List<Input> inputs = new ArrayList<>();
    private final List<Input> slots = new ArrayList<>();
    /** The inputs that trigger a tuple, or {@code null} for all of them. */
    private List<Input> emitOn;

    CombineLatestNode(Stream<?> first, Stream<?>[] others, List<? extends Stream<?>> emitOn) {
        super(Preconditions.checkedBefore(Inputs.prepend(first, others), () -> checkEmitOn(first, others, emitOn)));
        slots.add(inputFor(first));
        for (Stream<?> other : others) {
            slots.add(inputFor(other));
        }
        if (emitOn != null) {
            this.emitOn = new ArrayList<>();
            for (Stream<?> trigger : emitOn) {
                this.emitOn.add(find(trigger));
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

    private Input find(Stream<?> stream) {
        for (Input input : inputs) {
            if (input.stream == stream) {
                return input;
            }
        }
        return null;
    }

    private Input inputFor(Stream<?> stream) {
        Input known = find(stream);
        if (known != null) {
            return known;
        }
        Input input = new Input(stream);
        inputs.add(input);
        return input;
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Input input = inputFor(who);
        input.latest = x;
        input.present = true;
        if (emitOn != null && !emitOn.contains(input)) {
            return null;
        }
        Object[] tuple = new Object[slots.size()];
        for (int i = 0; i < tuple.length; i++) {
            Input slot = slots.get(i);
            if (!slot.present) {
                return null;
            }
            tuple[i] = slot.latest;
        }
        return emitDownstream(Tuples.wrap(tuple));
    }

    @Override
    void upstreamAdded(Stream<?> upstream) {
        slots.add(inputFor(upstream));
    }

    @Override
    void upstreamRemoved(Stream<?> upstream) {
        Input gone = find(upstream);
        inputs.remove(gone);
        slots.removeIf(slot -> slot == gone);
        if (emitOn != null && emitOn.remove(gone) && emitOn.isEmpty()) {
            emitOn = null;
        }
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
