package io.streamz.engine;

/** Which clock an engine's {@link EngineContext#currentTimeMillis()} and timers follow. */
public enum TimeMode {
    /** The engine's clock (wall clock, or a virtual loop's clock): streamz's own meaning. */
    PROCESSING,
    /**
     * Record timestamps: while a record is processed the time is its timestamp; timers fire when
     * the stream time (the highest timestamp seen) reaches their due time.
     */
    EVENT
}
