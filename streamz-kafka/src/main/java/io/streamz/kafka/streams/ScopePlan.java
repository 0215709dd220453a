package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the processor of one key scope needs: the spec, the scope, its states and their store
 * names, its timer store ({@code null} without timers), the time mode and the punctuation interval.
 */
record ScopePlan(
        PipelineSpec spec,
        int scope,
        List<StateSpec> states,
        Map<String, String> storeNames,
        String timerStore,
        TimeMode time,
        Duration timerResolution) {

    boolean keyed() {
        return spec.scope(scope).isKeyed();
    }

    @SuppressWarnings("unchecked")
    Codec<Object> keyCodec() {
        return (Codec<Object>) spec.scope(scope).keyCodec();
    }

    /** The store of {@code state} (any scope's: the task creates every handle; only this scope's are used). */
    String storeName(StateSpec state) {
        String name = storeNames.get(state.name());
        if (name == null) {
            throw new IllegalStateException("state '" + state.name() + "' of " + spec.pipeline() + " has no store");
        }
        return name;
    }
}
