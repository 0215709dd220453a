package io.streamz.engine;

import java.util.Objects;

/**
 * A per-key timer a stage registers with {@link TimerService#register}.
 *
 * @param index the timer's number, passed back to {@link PipelineTask#onTimer}
 * @param stage the stage that owns it
 * @param kind why the stage needs it
 * @param intervalMillis the stage's interval (delay, rate, window length)
 * @param scope the scope of the stage: the timer is per key of that scope
 */
public record TimerSpec(int index, String stage, TimerKind kind, long intervalMillis, int scope) {
    /**
     * Checks the components.
     *
     * @param index the timer's number, passed back to {@link PipelineTask#onTimer}
     * @param stage the stage that owns it
     * @param kind why the stage needs it
     * @param intervalMillis the stage's interval (delay, rate, window length)
     * @param scope the scope of the stage: the timer is per key of that scope
     */
    public TimerSpec {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("timer " + index + " of '" + stage + "' has a negative interval");
        }
    }
}
