package io.streamz;

import io.streamz.internal.SlicePositions;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code slice(start, end, step)} with Python's slicing semantics over the positions
 * 0, 1, 2, ... of the elements: it emits the element at position {@code i} when
 * {@code start <= i < end} and {@code (i - start) % step == 0}. Once past {@code end} it
 * detaches from its upstreams, as streamz does. Back pressure passes through (streamz drops the
 * emit futures). streamz tests {@code i % step} instead of {@code (i - start) % step}, so its
 * {@code slice(1, None, 2)} gives 2, 4, 6 where Python (and this) gives 1, 3, 5, 7. The
 * positions are {@link SlicePositions}, shared with generated code.
 */
final class SliceNode<T> extends Stream<T> {
    private final Integer startArg;
    private final Integer endArg;
    private final Integer stepArg;
    private final SlicePositions positions;

    SliceNode(Stream<T> upstream, Integer start, Integer end, Integer step) {
        super(Preconditions.checkedBefore(upstream, () -> check(start, end, step)));
        this.startArg = start;
        this.endArg = end;
        this.stepArg = step;
        this.positions = new SlicePositions(
                start == null ? 0 : start, end == null ? SlicePositions.NO_END : end, step == null ? 1 : step);
    }

    private static void check(Integer start, Integer end, Integer step) {
        nonNegative(start, "start");
        nonNegative(end, "end");
        if (step != null && step < 1) {
            throw new IllegalArgumentException("slice: step must be >= 1 (or null for 1), not " + step);
        }
    }

    private static void nonNegative(Integer value, String what) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException("slice: " + what + " must be >= 0 (or null), not " + value
                    + ": a stream has no end to count back from");
        }
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (positions.exhausted()) {
            disconnectFromUpstreams();
            return null;
        }
        CompletableFuture<Void> pending = positions.admits() ? emitDownstream(x) : null;
        if (positions.exhausted()) {
            disconnectFromUpstreams(); // nothing more can pass: let the upstreams forget this node
        }
        return pending;
    }

    @Override
    String operatorName() {
        return "slice";
    }

    /** Python's notation: {@code 1::2}, {@code :4}, {@code 2:6:2}. */
    @Override
    String detail() {
        return text(startArg) + ":" + text(endArg) + (stepArg == null ? "" : ":" + stepArg);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
