package io.streamz.engine;

import io.streamz.codec.Codec;
import java.util.Objects;

/**
 * A sink of the pipeline: an output port of the task (see {@link SinkKind}).
 *
 * @param name the {@code @Sink} method's name
 * @param port the output port the task passes to {@link EngineContext#emit}
 * @param scope the scope the sink is in: its records carry that scope's current key
 * @param type the element type's canonical name
 * @param codec the element codec, or {@code null} where none could be derived
 * @param kind an output port or a sink that runs inside the task
 */
public record SinkSpec(String name, int port, int scope, String type, Codec<?> codec, SinkKind kind) {
    /**
     * Checks the components.
     *
     * @param name the {@code @Sink} method's name
     * @param port the output port the task passes to {@link EngineContext#emit}
     * @param scope the scope the sink is in: its records carry that scope's current key
     * @param type the element type's canonical name
     * @param codec the element codec, or {@code null} where none could be derived
     * @param kind an output port or a sink that runs inside the task
     */
    public SinkSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }
}
