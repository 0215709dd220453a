package io.streamz.engine;

import java.util.Objects;

/**
 * A reason a pipeline cannot run on a distributed engine (it still runs on {@link LocalEngine}).
 * With {@code @Pipeline(distributed = true)} each would have been a compile error with the same
 * code.
 *
 * @param stage the stage at fault
 * @param code the diagnostic code, e.g. {@code streamz.unkeyed-state}
 * @param message what is wrong and how to fix it
 */
public record NotDistributable(String stage, String code, String message) {
    /**
     * Checks the components.
     *
     * @param stage the stage at fault
     * @param code the diagnostic code, e.g. {@code streamz.unkeyed-state}
     * @param message what is wrong and how to fix it
     */
    public NotDistributable {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "[" + code + "] " + stage + ": " + message;
    }
}
