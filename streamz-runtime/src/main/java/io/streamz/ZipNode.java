package io.streamz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code zip}: one FIFO per distinct input; whenever all hold an element, their heads
 * are popped and emitted as one tuple laid out in argument order, literals included. Inputs
 * connected later add a slot at the end; a disconnected input's slots and buffered elements go.
 *
 * <p>Back pressure, as streamz's {@code maxsize}: when an input's FIFO holds more than
 * {@code maxsize} elements after an append, that update returns a future completing when the
 * next tuple is emitted (not when the FIFO drops back to {@code maxsize}).
 */
final class ZipNode extends Stream<List<Object>> {
    static final int DEFAULT_MAXSIZE = 10;

    /** A distinct input stream and its FIFO of elements not yet zipped. */
    private static final class Input {
        final Stream<?> stream;
        final ArrayDeque<Object> fifo = new ArrayDeque<>();
        Object head;

        Input(Stream<?> stream) {
            this.stream = stream;
        }
    }

    /** A tuple position holding a literal argument. */
    private record Literal(Object value) {}

    private final int maxsize;
    private final List<Input> inputs = new ArrayList<>();
    /** One per tuple position: an {@link Input} or a {@link Literal}. */
    private final List<Object> slots = new ArrayList<>();
    /** Completes at the next emitted tuple; shared by every update that went over {@code maxsize}. */
    private CompletableFuture<Void> nextTuple;

    ZipNode(Stream<?> first, Object[] streamsOrLiterals, int maxsize) {
        super(Preconditions.checkedBefore(Inputs.streamsAmong(first, streamsOrLiterals), () -> {
            if (maxsize < 1) {
                throw new IllegalArgumentException("zip maxsize must be at least 1, got " + maxsize);
            }
        }));
        this.maxsize = maxsize;
        slots.add(inputFor(first));
        for (Object argument : streamsOrLiterals) {
            slots.add(argument instanceof Stream ? inputFor((Stream<?>) argument) : new Literal(argument));
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
        input.fifo.add(Inputs.mask(x));
        CompletableFuture<Void> pending = null;
        while (allHaveElements()) {
            List<Object> tuple = popTuple();
            releaseWaiters();
            pending = Futures.and(pending, emitDownstream(tuple));
        }
        if (input.fifo.size() > maxsize) {
            if (nextTuple == null) {
                nextTuple = new CompletableFuture<>();
            }
            pending = Futures.and(pending, nextTuple);
        }
        return pending;
    }

    private void releaseWaiters() {
        CompletableFuture<Void> waiters = nextTuple;
        if (waiters != null) {
            nextTuple = null; // first: a waiter that emits again must wait for the tuple after this one
            waiters.complete(null);
        }
    }

    private boolean allHaveElements() {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).fifo.isEmpty()) {
                return false;
            }
        }
        return !inputs.isEmpty();
    }

    /** Pops every head before anything goes downstream, so a feedback loop sees consistent FIFOs. */
    private List<Object> popTuple() {
        for (Input input : inputs) {
            input.head = Inputs.unmask(input.fifo.poll());
        }
        Object[] tuple = new Object[slots.size()];
        for (int i = 0; i < tuple.length; i++) {
            Object slot = slots.get(i);
            tuple[i] = slot instanceof Input ? ((Input) slot).head : ((Literal) slot).value();
        }
        for (Input input : inputs) {
            input.head = null;
        }
        return Tuples.wrap(tuple);
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
    }

    /** The FIFO bound beyond which an input sees back pressure. */
    int maxsize() {
        return maxsize;
    }

    /** How many elements from {@code upstream} wait for partners (0 for a stream that is not an input). */
    int buffered(Stream<?> upstream) {
        Input input = find(upstream);
        return input == null ? 0 : input.fifo.size();
    }

    @Override
    String operatorName() {
        return "zip";
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
