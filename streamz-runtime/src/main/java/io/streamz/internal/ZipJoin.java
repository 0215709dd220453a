package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of {@code zip}, fused or interpreted: one FIFO per input; whenever every FIFO holds
 * an element, their heads are popped and the tuple goes downstream. The tuple's positions are
 * laid out once: each holds an input's head (an input may fill several positions) or a literal.
 * Back pressure as streamz's {@code maxsize}: an offer leaving its FIFO with more than
 * {@code maxsize} elements returns a future that completes when the next tuple is emitted.
 *
 * <p>Generated code builds a zip of fixed inputs in position order ({@link #ZipJoin(int,
 * Consumer)}, {@link #pending}); the runtime's node builds an empty one ({@link #laidOut}) and
 * adds inputs and positions as streams connect and disconnect. Called by generated code and by
 * the runtime's node, not API; one thread at a time.
 */
public final class ZipJoin {
    /** The FIFO length beyond which an offer waits for the next tuple, unless given: streamz's. */
    public static final int DEFAULT_MAXSIZE = 10;

    private static final Object NULL = new Object();
    private static final ArrayDeque<?>[] NO_FIFOS = {};

    private final int maxsize;
    private final TupleDownstream downstream;
    private ArrayDeque<Object>[] fifos;
    /** Per tuple position: the input whose head fills it, or {@code -1 - i} for {@code literals[i]}. */
    private int[] layout;

    private Object[] literals = Growth.NO_OBJECTS;
    /** The heads being zipped, per input: popped all at once before anything goes downstream. */
    private Object[] heads = Growth.NO_OBJECTS;
    /** Elements held over all inputs: lets {@link #isEmpty()} cost one read. */
    private int queued;
    /** Completes at the next tuple; shared by every offer that went over {@code maxsize}. */
    private CompletableFuture<Void> nextTuple;
    /** Fails {@link #nextTuple} if the loop the zip runs on closes while it waits; {@code null} off a loop. */
    private CloseWatch loopWatch;

    /** A zip of {@code inputs} inputs handing its tuples to {@code downstream}, which leaves nothing pending. */
    public ZipJoin(int inputs, Consumer<List<Object>> downstream) {
        this(checkInputs(inputs), DEFAULT_MAXSIZE, TupleDownstream.synchronous(downstream));
    }

    /** A zip of {@code inputs} inputs handing its tuples to {@code downstream}, which may leave work pending. */
    public static ZipJoin pending(int inputs, TupleDownstream downstream) {
        return new ZipJoin(checkInputs(inputs), DEFAULT_MAXSIZE, Objects.requireNonNull(downstream, "downstream"));
    }

    /**
     * A zip with no input yet, waiting at {@code maxsize}; {@link #addInput}, {@link #addPosition}
     * and {@link #addLiteral} lay it out.
     */
    public static ZipJoin laidOut(int maxsize, TupleDownstream downstream) {
        return new ZipJoin(0, checkMaxsize(maxsize), Objects.requireNonNull(downstream, "downstream"));
    }

    /**
     * Runs this zip on {@code loop}, which is the only thread offering to it: an offer waiting over
     * {@code maxsize} when the loop closes fails with a {@link io.streamz.LoopClosedException},
     * since no tuple will come. Generated pipelines on a loop call it once, before the first offer.
     */
    public void failWaitsWhenClosed(EventLoop loop) {
        this.loopWatch = new CloseWatch(
                Objects.requireNonNull(loop, "loop"),
                this::close,
                "an input over its maxsize was waiting for the next tuple");
    }

    /** Returns {@code maxsize}, or throws if a zip cannot wait at it. */
    public static int checkMaxsize(int maxsize) {
        if (maxsize < 1) {
            throw new IllegalArgumentException("zip maxsize must be at least 1, got " + maxsize);
        }
        return maxsize;
    }

    private static int checkInputs(int inputs) {
        if (inputs < 1) {
            throw new IllegalArgumentException("zip needs at least one input, got " + inputs);
        }
        return inputs;
    }

    @SuppressWarnings("unchecked") // a generic array is created raw
    private ZipJoin(int inputs, int maxsize, TupleDownstream downstream) {
        this.maxsize = maxsize;
        this.downstream = downstream;
        this.fifos = (ArrayDeque<Object>[]) NO_FIFOS;
        this.layout = new int[0];
        for (int i = 0; i < inputs; i++) {
            addPosition(addInput());
        }
    }

    /** Adds an input with no position yet; returns its index, which offers name. */
    public int addInput() {
        fifos = Layouts.append(fifos, new ArrayDeque<>());
        heads = new Object[fifos.length];
        return fifos.length - 1;
    }

    /** Adds a tuple position, at the end, filled by {@code input}'s head. */
    public void addPosition(int input) {
        layout = Layouts.append(layout, Objects.checkIndex(input, fifos.length));
    }

    /** Adds a tuple position, at the end, always holding {@code value}. */
    public void addLiteral(Object value) {
        literals = Layouts.append(literals, value);
        layout = Layouts.append(layout, -literals.length);
    }

    /**
     * Removes {@code input}, the elements it holds and its positions; the inputs after it move
     * down by one index.
     */
    public void removeInput(int input) {
        queued -= fifos[input].size();
        fifos = Layouts.without(fifos, input);
        heads = new Object[fifos.length];
        layout = Layouts.withoutInput(layout, input);
    }

    /** How many elements of {@code input} wait for partners. */
    public int buffered(int input) {
        return fifos[input].size();
    }

    /**
     * Queues {@code x} on input {@code input} and emits every tuple now complete; returns the
     * work those tuples left pending downstream and, if the FIFO is over {@code maxsize}, the
     * wait for the next tuple; {@code null} when there is neither.
     */
    public CompletableFuture<Void> offer(int input, Object x) {
        ArrayDeque<Object> fifo = fifos[input];
        fifo.add(x == null ? NULL : x);
        queued++;
        CompletableFuture<Void> pending = null;
        while (allHaveElements()) {
            List<Object> tuple = popTuple();
            releaseWaiters();
            pending = Completions.and(pending, downstream.accept(tuple));
        }
        if (fifo.size() > maxsize) {
            if (nextTuple == null) {
                nextTuple = new CompletableFuture<>();
                if (loopWatch != null) {
                    loopWatch.arm();
                }
            }
            pending = Completions.and(pending, nextTuple);
        }
        return pending;
    }

    /** Pops every head before anything goes downstream, so a feedback loop sees consistent FIFOs. */
    private List<Object> popTuple() {
        Object[] heads = this.heads;
        for (int i = 0; i < heads.length; i++) {
            Object head = fifos[i].poll();
            heads[i] = head == NULL ? null : head;
        }
        queued -= heads.length;
        int[] layout = this.layout;
        Object[] tuple = new Object[layout.length];
        for (int i = 0; i < tuple.length; i++) {
            int slot = layout[i];
            tuple[i] = slot >= 0 ? heads[slot] : literals[-1 - slot];
        }
        Arrays.fill(heads, null);
        return Lists.wrap(tuple);
    }

    private void releaseWaiters() {
        CompletableFuture<Void> waiters = nextTuple;
        if (waiters != null) {
            nextTuple = null; // first: a waiter that offers again must wait for the tuple after this one
            disarm();
            waiters.complete(null);
        }
    }

    /**
     * Fails the offers waiting for the next tuple (over {@code maxsize}) with {@code why}: the
     * pipeline closed and no tuple will come.
     */
    public void close(RuntimeException why) {
        CompletableFuture<Void> waiters = nextTuple;
        nextTuple = null;
        disarm();
        if (waiters != null) {
            waiters.completeExceptionally(why);
        }
    }

    /**
     * Whether no input holds an element. Generated code that feeds every input of a zip in
     * lock step from one source pairs the values itself while this holds, and queues here only
     * once a failure has left an input ahead of the others.
     */
    public boolean isEmpty() {
        return queued == 0;
    }

    private void disarm() {
        if (loopWatch != null) {
            loopWatch.disarm();
        }
    }

    private boolean allHaveElements() {
        for (ArrayDeque<Object> fifo : fifos) {
            if (fifo.isEmpty()) {
                return false;
            }
        }
        return fifos.length > 0;
    }
}
