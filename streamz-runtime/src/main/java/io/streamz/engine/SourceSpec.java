package io.streamz.engine;

import io.streamz.codec.Codec;
import java.util.Objects;

/**
 * A source of the pipeline: an input port of the task, fed by the engine (from a topic).
 *
 * @param name the {@code @Source} method's name
 * @param port the input port the engine passes to {@link PipelineTask#accept}
 * @param scope the scope of the stages the source feeds
 * @param type the element type's canonical name
 * @param codec the element codec, or {@code null} where none could be derived
 */
public record SourceSpec(String name, int port, int scope, String type, Codec<?> codec) {
    /**
     * Checks the components.
     *
     * @param name the {@code @Source} method's name
     * @param port the input port the engine passes to {@link PipelineTask#accept}
     * @param scope the scope of the stages the source feeds
     * @param type the element type's canonical name
     * @param codec the element codec, or {@code null} where none could be derived
     */
    public SourceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
