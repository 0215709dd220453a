package io.streamz;

import io.streamz.internal.ZipLatestJoin;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code zip_latest(lossless, *others)}: each lossless element is emitted exactly once,
 * paired with the other inputs' latest elements when it is emitted. Lossless elements that arrive
 * before every other input has produced are held, and released in order by the update that
 * completes the set. Unlike streamz, connect and disconnect work: a new input adds a position
 * at the end (held elements wait for it too); a disconnected other input loses its position;
 * disconnecting the lossless input discards the held elements, and reconnecting it resumes. The
 * held elements, the latest ones and the layout are {@link ZipLatestJoin}, shared with generated
 * code.
 */
final class ZipLatestNode extends Stream<List<Object>> {
    /** The lossless input is input 0 of {@link #join}; the others follow. */
    private final JoinInputs inputs = new JoinInputs();

    private final ZipLatestJoin join;

    ZipLatestNode(Stream<?> lossless, Stream<?>[] others) {
        super(Inputs.prepend(lossless, others));
        this.join = ZipLatestJoin.laidOut(this::emitDownstream);
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
        return join.offer(inputFor(who), x);
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
        } else if (gone > 0) {
            inputs.remove(upstream);
            join.removeInput(gone);
        }
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
