package io.streamz;

/**
 * Attached as a suppressed exception to an exception thrown by user code inside a stage, so
 * that the exception reaching the {@code emit} caller keeps its type and still names the stage
 * it came from. Only the innermost stage is recorded.
 */
public final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static {
        // The fused code names its stages by label through io.streamz.internal.Failures, which
        // cannot reach this package-private constructor itself.
        io.streamz.internal.Failures.install(StageFailure::new);
    }

    /** The label of the stage that failed. */
    private final String stage;

    StageFailure(String stage) {
        super("in stage <" + stage + ">", null, false, false);
        this.stage = stage;
    }

    /** {@return the label of the stage whose user code threw, e.g. {@code map: inc}} */
    public String stage() {
        return stage;
    }

    /**
     * The stage recorded on {@code failure}, or {@code null} if none is; for a
     * {@link StageOverflowException}, the stage that overflowed.
     *
     * @param failure the failure
     * @return the stage recorded on {@code failure}, or {@code null} if none is
     */
    public static String stageOf(Throwable failure) {
        if (failure instanceof StageOverflowException) {
            return ((StageOverflowException) failure).stage();
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof StageFailure) {
                return ((StageFailure) suppressed).stage;
            }
        }
        return null;
    }
}
