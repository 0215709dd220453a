package io.streamz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code zip_latest(lossless, *others)}: each lossless element is emitted exactly once,
 * paired with the other inputs' latest elements when it is emitted. Lossless elements that arrive
 * before every other input has produced are held, and released in order by the update that
 * completes the set. Unlike streamz, connect and disconnect work: a new input adds a position
 * at the end (held elements wait for it too); a disconnected other input loses its position;
 * disconnecting the lossless input discards the held elements, and reconnecting it resumes.
 */
final class ZipLatestNode extends Stream<List<Object>> {
    /** A distinct input and its latest element. */
    private static final class Input {
        final Stream<?> stream;
        Object latest;
        boolean present;

        Input(Stream<?> stream) {
            this.stream = stream;
        }
    }

    private final Input lossless;
    private final List<Input> others = new ArrayList<>();
    /** One per tuple position; position 0 is the lossless input. */
    private final List<Input> slots = new ArrayList<>();

    private final ArrayDeque<Object> held = new ArrayDeque<>();

    ZipLatestNode(Stream<?> lossless, Stream<?>[] others) {
        super(Inputs.prepend(lossless, others));
        this.lossless = new Input(lossless);
        slots.add(this.lossless);
        for (Stream<?> other : others) {
            slots.add(inputFor(other));
        }
    }

    private Input find(Stream<?> stream) {
        if (stream == lossless.stream) {
            return lossless;
        }
        for (Input input : others) {
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
        others.add(input);
        return input;
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Input input = inputFor(who);
        if (input == lossless) {
            held.add(Inputs.mask(x));
        } else {
            input.latest = x;
            input.present = true;
        }
        for (int i = 0; i < others.size(); i++) {
            if (!others.get(i).present) {
                return null;
            }
        }
        CompletableFuture<Void> pending = null;
        while (!held.isEmpty()) {
            // polled before emitting: a feedback loop re-entering sees the element gone
            pending = Futures.and(pending, emitDownstream(tupleFor(Inputs.unmask(held.poll()))));
        }
        return pending;
    }

    private List<Object> tupleFor(Object losslessElement) {
        Object[] tuple = new Object[slots.size()];
        for (int i = 0; i < tuple.length; i++) {
            Input slot = slots.get(i);
            tuple[i] = slot == lossless ? losslessElement : slot.latest;
        }
        return Tuples.wrap(tuple);
    }

    @Override
    void upstreamAdded(Stream<?> upstream) {
        if (upstream == lossless.stream) {
            return; // the lossless input is back: its position 0 never went away
        }
        slots.add(inputFor(upstream));
    }

    @Override
    void upstreamRemoved(Stream<?> upstream) {
        if (upstream == lossless.stream) {
            held.clear();
            return;
        }
        Input gone = find(upstream);
        others.remove(gone);
        slots.removeIf(slot -> slot == gone);
    }

    /** How many lossless elements wait for the other inputs. */
    int held() {
        return held.size();
    }

    @Override
    String operatorName() {
        return "zipLatest";
    }
}
