package io.streamz.engine;

/** Creates the task of a pipeline for one engine context (generated: {@code Engine::new}). */
@FunctionalInterface
public interface TaskFactory {
    /**
     * {@return a new task whose state and timers are reached through {@code context}}
     *
     * @param context the context
     */
    PipelineTask create(EngineContext context);
}
