package io.streamz.engine;

/** Per-key timers: each belongs to the key current when it was registered. */
public interface TimerService {

    /**
     * Asks for {@link PipelineTask#onTimer}{@code (timer, now)} once the time reaches
     * {@code dueMillis}, with the current key set again. Registering the same timer for the same
     * key and due time again before it fires has no effect (deduplicated). Due timers fire in
     * due-time order, and in registration order for equal due times. A due time already past
     * fires as soon as the engine can, never inside this call.
     *
     * @param timer the timer's index
     * @param dueMillis when the timer fires, in milliseconds of the engine's time
     */
    void register(int timer, long dueMillis);
}
