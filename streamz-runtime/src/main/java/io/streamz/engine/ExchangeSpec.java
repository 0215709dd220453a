package io.streamz.engine;

import io.streamz.codec.Codec;
import java.util.Objects;

/**
 * A {@code @KeyBy}: the task hands an element and its new key to the engine with
 * {@link EngineContext#exchange}, and the engine brings it back through {@link PipelineTask#accept}
 * on the same port, with that key current (locally a direct call, on Kafka a repartition topic,
 * on Flink a {@code keyBy}). The key codec is the target scope's.
 *
 * @param name the {@code @KeyBy} stage's name
 * @param port the input port the element comes back on (also the port the task exchanges on)
 * @param fromScope the scope the element leaves
 * @param toScope the keyed scope it enters
 * @param type the element type's canonical name
 * @param valueCodec the element codec, or {@code null} where none could be derived
 */
public record ExchangeSpec(String name, int port, int fromScope, int toScope, String type, Codec<?> valueCodec) {
    /**
     * Checks the components.
     *
     * @param name the {@code @KeyBy} stage's name
     * @param port the input port the element comes back on (also the port the task exchanges on)
     * @param fromScope the scope the element leaves
     * @param toScope the keyed scope it enters
     * @param type the element type's canonical name
     * @param valueCodec the element codec, or {@code null} where none could be derived
     */
    public ExchangeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
