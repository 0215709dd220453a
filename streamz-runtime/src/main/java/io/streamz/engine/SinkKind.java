package io.streamz.engine;

/** How a sink leaves the task. */
public enum SinkKind {
    /**
     * An output port: the task emits the sink's elements through {@link EngineContext#emit} and
     * the engine delivers them (to a topic, a consumer). Exactly once where the engine is.
     */
    OUTPUT,
    /**
     * A sink with a body of its own that runs inside the task (a default-method {@code @Sink}):
     * the task never emits to its port; on an engine that replays input after a failure its
     * effects happen at least once.
     */
    SIDE_EFFECT
}
