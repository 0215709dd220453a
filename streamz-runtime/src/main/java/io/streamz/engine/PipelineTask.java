package io.streamz.engine;

/**
 * The stages of a pipeline as one task of an engine: the generated {@code Engine} body. An
 * engine creates it through {@link PipelineSpec#newTask}, sets the current key, and calls it on
 * one thread at a time. Exceptions from user code leave these methods with the stage named (as
 * in the fused class); the engine decides what a failure means.
 */
public interface PipelineTask {

    /**
     * Processes one record arriving on an input port: a source's element ({@code key} is the
     * record's key, unused by an unkeyed scope) or an element coming back from an exchange
     * ({@code key} is the key the task gave it, already current).
     *
     * @param inputPort the port the element arrives on
     * @param key the element's key
     * @param value the element
     * @throws IllegalArgumentException if {@code inputPort} is not an input port of the pipeline
     */
    void accept(int inputPort, Object key, Object value);

    /**
     * A timer the task registered for the current key is due.
     *
     * @param timer the {@link TimerSpec#index()}
     * @param nowMillis the engine's current time, at or after the due time
     */
    void onTimer(int timer, long nowMillis);
}
