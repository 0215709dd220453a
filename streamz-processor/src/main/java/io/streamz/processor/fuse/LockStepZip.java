package io.streamz.processor.fuse;

import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * A zip that one source feeds in lock step: every input is the source itself or a chain of
 * one-to-one stages (map, accumulate) that starts at one of the source's exits and feeds
 * nothing but the zip. Each call of the source then delivers exactly one value to every input,
 * so the generated source method pairs the values in locals and calls the zip's stage directly,
 * with no queue, no boxing and no tuple. The runtime's zip queue is still there for the one
 * case that breaks the step: a failure after some inputs got their value and before the others
 * did, which leaves those values queued, as the interpreted zip leaves them.
 *
 * @param zip the zip, a {@code @Zip} default method
 * @param source the source feeding every input
 * @param chainStarts per input, in {@code from} order: the first stage of the chain feeding it
 *     (a segment of its own, whose method returns the value), or the zip itself when the source
 *     feeds the input directly
 */
public record LockStepZip(Stage zip, Stage source, List<Stage> chainStarts) {

    public LockStepZip {
        chainStarts = List.copyOf(chainStarts);
    }

    /** The zip input a value handed over {@code exit} of the source reaches, or -1 if none. */
    public int inputReachedBy(Edge exit) {
        if (exit.to().equals(zip)) {
            return exit.port();
        }
        int index = chainStarts.indexOf(exit.to());
        return index >= 0 && !chainStarts.get(index).equals(zip) ? index : -1;
    }

    /** Whether {@code segment} is one of the chains feeding the zip. */
    public boolean isChain(Segment segment) {
        return !segment.first().equals(zip) && chainStarts.contains(segment.first());
    }

    /** The number of inputs. */
    public int inputs() {
        return chainStarts.size();
    }
}
