package io.streamz;

import io.streamz.internal.ZipJoin;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code zip}: one FIFO per distinct input; whenever all hold an element, their heads
 * are popped and emitted as one tuple laid out in argument order, literals included. Inputs
 * connected later add a slot at the end; a disconnected input's slots and buffered elements go.
 * The FIFOs and the layout are {@link ZipJoin}, shared with generated code.
 *
 * <p>Back pressure, as streamz's {@code maxsize}: when an input's FIFO holds more than
 * {@code maxsize} elements after an append, that update returns a future completing when the
 * next tuple is emitted (not when the FIFO drops back to {@code maxsize}).
 *
 * <p>Metadata: an element's references are held while it waits in its FIFO; a tuple carries
 * the metadata of its elements, in position order.
 */
final class ZipNode extends Stream<List<Object>> {
    static final int DEFAULT_MAXSIZE = ZipJoin.DEFAULT_MAXSIZE;

    private final int maxsize;
    private final JoinInputs inputs = new JoinInputs();

    private final ZipJoin join;
    /** The metadata of the elements in the FIFOs, held until their tuple is emitted. */
    private final HeldElements held = new HeldElements();

    ZipNode(Stream<?> first, Object[] streamsOrLiterals, int maxsize) {
        super(Preconditions.checkedBefore(
                Inputs.streamsAmong(first, streamsOrLiterals), () -> ZipJoin.checkMaxsize(maxsize)));
        this.maxsize = maxsize;
        this.join = ZipJoin.laidOut(maxsize, tuple -> held.letGoAll(tuple, wrapper -> true, this::emitDownstream));
        join.addPosition(inputFor(first));
        for (Object argument : streamsOrLiterals) {
            if (argument instanceof Stream) {
                join.addPosition(inputFor((Stream<?>) argument));
            } else {
                join.addLiteral(argument);
            }
        }
    }

    private int inputFor(Stream<?> stream) {
        int known = inputs.find(stream);
        return known >= 0 ? known : inputs.add(stream, join.addInput());
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        int input = inputFor(who);
        CompletableFuture<Void> pending = join.offer(input, held.hold(x, who));
        if (pending != null && join.buffered(input) > maxsize) {
            failedWhenTheLoopCloses(pending);
        }
        return pending;
    }

    /**
     * An input waiting over {@code maxsize} for the next tuple waits on the loop: if it closes
     * first, no tuple will come, and the wait fails with a {@link LoopClosedException}, as a
     * producer waiting for room in a buffer does, instead of leaving the emit future hanging.
     */
    private void failedWhenTheLoopCloses(CompletableFuture<Void> pending) {
        EventLoop l = loopOrNull();
        if (l != null) {
            EventLoop.Cancellable watch = l.whenClosed(() -> join.close(
                    new LoopClosedException(l, this + ": an input over its maxsize was waiting for the next tuple")));
            pending.whenComplete((value, failure) -> watch.cancel());
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
            held.releaseOwnedBy(upstream);
        }
    }

    @Override
    void closeNode(StreamClosedException why) {
        join.close(why);
        held.releaseAll();
    }

    /** The FIFO bound beyond which an input sees back pressure. */
    int maxsize() {
        return maxsize;
    }

    /** How many elements from {@code upstream} wait for partners (0 for a stream that is not an input). */
    int buffered(Stream<?> upstream) {
        int input = inputs.find(upstream);
        return input < 0 ? 0 : join.buffered(input);
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
