package io.streamz.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state of a fused {@code zip}: one FIFO per input; whenever every FIFO holds an element,
 * their heads are popped and the tuple, in input order, goes downstream. Back pressure as
 * {@code Stream.zip}: an offer leaving its FIFO with more than {@value #MAXSIZE} elements
 * returns a future that completes when the next tuple is emitted. Called by generated code,
 * not API; one thread at a time.
 */
public final class ZipJoin {
    private static final Object NULL = new Object();
    /** The FIFO length beyond which an offer waits for the next tuple: {@code Stream.zip}'s default. */
    static final int MAXSIZE = 10;

    private final ArrayDeque<Object>[] fifos;
    private final TupleDownstream downstream;
    /** Elements held over all inputs: lets {@link #isEmpty()} cost one read. */
    private int queued;
    /** Completes at the next tuple; shared by every offer that went over {@link #MAXSIZE}. */
    private CompletableFuture<Void> nextTuple;

    /** A zip of {@code inputs} inputs handing its tuples to {@code downstream}, which leaves nothing pending. */
    public ZipJoin(int inputs, Consumer<List<Object>> downstream) {
        this(inputs, TupleDownstream.synchronous(downstream));
    }

    /** A zip of {@code inputs} inputs handing its tuples to {@code downstream}, which may leave work pending. */
    public static ZipJoin pending(int inputs, TupleDownstream downstream) {
        return new ZipJoin(inputs, Objects.requireNonNull(downstream, "downstream"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array is created raw
    private ZipJoin(int inputs, TupleDownstream downstream) {
        if (inputs < 1) {
            throw new IllegalArgumentException("zip needs at least one input, got " + inputs);
        }
        this.fifos = new ArrayDeque[inputs];
        for (int i = 0; i < inputs; i++) {
            fifos[i] = new ArrayDeque<>();
        }
        this.downstream = downstream;
    }

    /**
     * Queues {@code x} on input {@code input} and emits every tuple now complete; returns the
     * work those tuples left pending downstream and, if the FIFO is over {@value #MAXSIZE},
     * the wait for the next tuple; {@code null} when there is neither.
     */
    public CompletableFuture<Void> offer(int input, Object x) {
        fifos[input].add(x == null ? NULL : x);
        queued++;
        CompletableFuture<Void> pending = null;
        while (allHaveElements()) {
            Object[] tuple = new Object[fifos.length];
            for (int i = 0; i < tuple.length; i++) {
                Object head = fifos[i].poll();
                tuple[i] = head == NULL ? null : head;
            }
            queued -= fifos.length;
            releaseWaiters();
            pending = Completions.and(pending, downstream.accept(Lists.wrap(tuple)));
        }
        if (fifos[input].size() > MAXSIZE) {
            if (nextTuple == null) {
                nextTuple = new CompletableFuture<>();
            }
            pending = Completions.and(pending, nextTuple);
        }
        return pending;
    }

    private void releaseWaiters() {
        CompletableFuture<Void> waiters = nextTuple;
        if (waiters != null) {
            nextTuple = null; // first: a waiter that offers again must wait for the tuple after this one
            waiters.complete(null);
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

    private boolean allHaveElements() {
        for (ArrayDeque<Object> fifo : fifos) {
            if (fifo.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
