package io.streamz;

import io.streamz.internal.ZipLatestJoin;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code zip_latest(lossless, *others)}: each lossless element is emitted exactly once,
 * paired with the other inputs' latest elements when it is emitted. Lossless elements that arrive
 * before every other input has produced are held, and released in order by the update that
 * completes the set. Unlike streamz, connect and disconnect work: a new input adds a position
 * at the end (held elements wait for it too); a disconnected other input loses its position;
 * disconnecting the lossless input discards the held elements, and reconnecting it resumes. The
 * held elements, the latest ones and the layout are {@link ZipLatestJoin}, shared with generated
 * code. Metadata: a held lossless element's references are held until it is emitted, each other
 * input's latest element's until a newer one replaces it; a tuple carries the metadata of its
 * elements, in position order.
 */
final class ZipLatestNode extends Stream<List<Object>> {
    /** The lossless input is input 0 of {@link #join}; the others follow. */
    private final JoinInputs inputs = new JoinInputs();

    private final ZipLatestJoin join;
    private final Stream<?> lossless;
    /**
     * The metadata of the lossless elements waiting (held until emitted) and of each other input's
     * latest element (held until a newer one replaces it).
     */
    private final HeldElements held = new HeldElements();
    /** What the join keeps as each other input's latest element. */
    private final Map<Stream<?>, Object> latest = new IdentityHashMap<>();

    ZipLatestNode(Stream<?> lossless, Stream<?>[] others) {
        super(Inputs.prepend(lossless, others));
        this.lossless = lossless;
        this.join = ZipLatestJoin.laidOut(
                tuple -> held.letGoAll(tuple, wrapper -> wrapper.owner == lossless, this::emitDownstream));
        inputs.add(lossless, 0);
        for (Stream<?> other : others) {
            join.addPosition(inputFor(other));
        }
    }

    private int inputFor(Stream<?> stream) {
        int known = inputs.find(stream);
        return known >= 0 ? known : inputs.add(stream, join.addInput());
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        int input = inputFor(who);
        Object item = held.hold(x, who);
        Object replaced = input == 0 ? null : latest.put(who, item);
        try {
            return join.offer(input, item);
        } finally {
            held.release(replaced);
        }
    }

    @Override
    void upstreamAdded(Stream<?> upstream) {
        if (inputs.find(upstream) == 0) {
            return; // the lossless input is back: its position 0 never went away
        }
        join.addPosition(inputFor(upstream));
    }

    @Override
    void upstreamRemoved(Stream<?> upstream) {
        int gone = inputs.find(upstream);
        if (gone == 0) {
            join.discardHeld(); // the lossless input keeps its index, for when it is reconnected
            held.releaseOwnedBy(lossless);
        } else if (gone > 0) {
            inputs.remove(upstream);
            join.removeInput(gone);
            held.release(latest.remove(upstream));
        }
    }

    /** A closed graph lets go of the metadata of what the join holds. */
    @Override
    void closeNode(StreamClosedException why) {
        held.releaseAll();
    }

    /** How many lossless elements wait for the other inputs. */
    int held() {
        return join.held();
    }

    @Override
    String operatorName() {
        return "zipLatest";
    }
}
