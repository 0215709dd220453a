package io.streamz.kafka.docs;

import io.streamz.engine.PipelineSpec;
import io.streamz.kafka.streams.KeyedTotals;

/**
 * Stands in for the class the processor will generate for {@code CustomerTotals} (issue 13 phase
 * B): its {@code spec()} is the hand-written one of {@link KeyedTotals}, the same pipeline.
 */
final class Streamz_CustomerTotals {
    private Streamz_CustomerTotals() {}

    static PipelineSpec spec() {
        return KeyedTotals.SPEC;
    }
}
