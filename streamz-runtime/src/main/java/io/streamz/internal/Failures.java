package io.streamz.internal;

import io.streamz.StageFailure;
import java.util.Objects;
import java.util.function.Function;

/**
 * Names the stage a failure came from in fused code, exactly as the interpreted nodes do: the
 * user's exception reaches the caller unchanged, with a suppressed {@link StageFailure} naming
 * the innermost stage. Called by generated code, not API.
 */
public final class Failures {
    /** Creates a {@link StageFailure}; installed by that class when it is initialised. */
    private static volatile Function<String, StageFailure> factory;

    private Failures() {}

    /**
     * Called by {@link StageFailure}'s initialiser, once, to hand over its constructor.
     *
     * @throws IllegalStateException if called again
     */
    public static void install(Function<String, StageFailure> stageFailures) {
        Objects.requireNonNull(stageFailures, "stageFailures");
        if (factory != null) {
            throw new IllegalStateException("the StageFailure factory is installed by StageFailure itself");
        }
        factory = stageFailures;
    }

    /**
     * Records {@code stageLabel} (the label the interpreted node has, e.g. {@code map: parse}) on
     * {@code failure} unless an inner stage already did; returns {@code failure} to be rethrown.
     */
    public static RuntimeException record(String stageLabel, RuntimeException failure) {
        if (StageFailure.stageOf(failure) == null) { // also initialises StageFailure, which installs the factory
            failure.addSuppressed(factory.apply(stageLabel));
        }
        return failure;
    }

    /**
     * The failure of flattening {@code null} in stage {@code stageLabel}, with the interpreted
     * node's type and message, the stage recorded.
     */
    public static RuntimeException cannotFlattenNull(String stageLabel) {
        return record(stageLabel, new NullPointerException("<" + stageLabel + "> cannot flatten null"));
    }
}
