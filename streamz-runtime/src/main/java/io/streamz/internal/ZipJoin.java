package io.streamz.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The state of a fused {@code zip}: one FIFO per input; whenever every FIFO holds an element,
 * their heads are popped and the tuple, in input order, goes downstream. Called by generated
 * code, not API; one thread at a time.
 */
public final class ZipJoin {
    private static final Object NULL = new Object();

    private final ArrayDeque<Object>[] fifos;
    private final Consumer<List<Object>> downstream;
    /** Elements held over all inputs: lets {@link #isEmpty()} cost one read. */
    private int queued;

    /** A zip of {@code inputs} inputs handing its tuples to {@code downstream}. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array is created raw
    public ZipJoin(int inputs, Consumer<List<Object>> downstream) {
        if (inputs < 1) {
            throw new IllegalArgumentException("zip needs at least one input, got " + inputs);
        }
        this.fifos = new ArrayDeque[inputs];
        for (int i = 0; i < inputs; i++) {
            fifos[i] = new ArrayDeque<>();
        }
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Queues {@code x} on input {@code input} and emits every tuple now complete. */
    public void offer(int input, Object x) {
        fifos[input].add(x == null ? NULL : x);
        queued++;
        while (allHaveElements()) {
            Object[] tuple = new Object[fifos.length];
            for (int i = 0; i < tuple.length; i++) {
                Object head = fifos[i].poll();
                tuple[i] = head == NULL ? null : head;
            }
            queued -= fifos.length;
            downstream.accept(Lists.wrap(tuple));
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
