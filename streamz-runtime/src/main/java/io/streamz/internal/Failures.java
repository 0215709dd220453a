package io.streamz.internal;

import io.streamz.FailedElement;
import io.streamz.StageFailure;
import io.streamz.StageOverflowException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Names the stage a failure came from, for the interpreted nodes and fused code alike: the
 * user's exception reaches the caller unchanged, with a suppressed {@link StageFailure} naming
 * the innermost stage. Any {@link Throwable} is handled, an undeclared checked exception too
 * (thrown sneakily by Kotlin, Lombok's {@code @SneakyThrows} or {@code Unsafe.throwException}):
 * it is rethrown as it is, never wrapped. A {@link StackOverflowError} becomes a
 * {@link StageOverflowException} naming the stage; other {@link VirtualMachineError}s
 * ({@link OutOfMemoryError}, ...) pass untouched. Called by generated code, not API.
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
     * What a stage labelled {@code stageLabel} rethrows when its user code threw {@code failure}:
     * {@code failure} with the stage recorded, a {@link StageOverflowException} for a
     * {@link StackOverflowError}, any other {@link VirtualMachineError} untouched. Building the
     * overflow exception may overflow again; the stage above then catches that and tries with
     * more stack.
     */
    public static Throwable named(String stageLabel, Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return new StageOverflowException(stageLabel, (StackOverflowError) failure);
        }
        if (failure instanceof VirtualMachineError || failure instanceof StageOverflowException) {
            return failure;
        }
        if (StageFailure.stageOf(failure) == null) {
            failure.addSuppressed(factory.apply(stageLabel));
        }
        return failure;
    }

    /**
     * Throws {@link #named named(stageLabel, failure)}, checked or not, without declaring it:
     * {@code catch (Throwable e) { throw Failures.rethrow("map: parse", e); }}.
     *
     * @return never returns; declared so that the call can be a {@code throw} statement
     */
    public static RuntimeException rethrow(String stageLabel, Throwable failure) {
        throw Failures.<RuntimeException>sneaky(named(stageLabel, failure));
    }

    /**
     * Throws {@code failure} as it is, checked or not, without declaring it.
     *
     * @return never returns; declared so that the call can be a {@code throw} statement
     */
    public static RuntimeException propagate(Throwable failure) {
        throw Failures.<RuntimeException>sneaky(failure);
    }

    /**
     * Initialises the classes the failure path needs, so that a first failure deep in a stack
     * about to overflow cannot fail their initialisation (which would break them for good).
     * Called when {@code Stream} and generated pipelines are initialised; cheap to call again.
     */
    public static void preload() {
        if (StageFailure.stageOf(new StageOverflowException("preload", new StackOverflowError())) == null) {
            throw new AssertionError("StageOverflowException names its stage");
        }
        named("preload", new IllegalStateException("preload"));
    }

    /**
     * What fused code does where a stage labelled {@code stageLabel} routes its failures, when
     * its user code threw {@code failure} on {@code element}: the {@link FailedElement} to hand
     * to the error sink, as {@code Stream.routeFailuresTo} makes it; or, for a failure that is
     * not routed, throws it as {@link #rethrow} does: one another stage already named (it went
     * through that stage first), a {@link VirtualMachineError} or a {@link StageOverflowException}.
     */
    public static FailedElement routed(String stageLabel, Object element, Throwable failure) {
        boolean ours = StageFailure.stageOf(failure) == null;
        Throwable named = named(stageLabel, failure);
        if (!ours || isFatal(named)) {
            throw propagate(named);
        }
        return new FailedElement(stageLabel, element, named);
    }

    /**
     * {@link #routed} for the failure of the asynchronous work stage {@code stageLabel} started
     * on {@code element} (an asynchronous sink's stage, a {@code mapAsync} call), as the twin's
     * node routes it: the stage's own failure even if another stage named it first (the work
     * ran no stage of this pipeline below it); a {@link VirtualMachineError} or a
     * {@link StageOverflowException} is thrown instead.
     */
    public static FailedElement routedAsync(String stageLabel, Object element, Throwable failure) {
        Throwable named = named(stageLabel, failure);
        if (isFatal(named)) {
            throw propagate(named);
        }
        return new FailedElement(stageLabel, element, named);
    }

    /**
     * Throws what the interpreted twin throws when its error sink labelled {@code sinkLabel}
     * threw {@code failure} while receiving {@code routed}: {@code failure} named after the
     * sink, the routed failure suppressed on it.
     *
     * @return never returns; declared so that the call can be a {@code throw} statement
     */
    public static RuntimeException routingFailed(String sinkLabel, Throwable failure, FailedElement routed) {
        Throwable named = named(sinkLabel, failure);
        named.addSuppressed(routed.error());
        throw propagate(named);
    }

    /** Whether {@code failure} must never be routed to an error stream: a fault of the JVM or the graph. */
    public static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError || failure instanceof StageOverflowException;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    /**
     * The failure of flattening {@code null} in stage {@code stageLabel}, with the interpreted
     * node's type and message, the stage recorded.
     */
    public static RuntimeException cannotFlattenNull(String stageLabel) {
        return record(stageLabel, new NullPointerException("<" + stageLabel + "> cannot flatten null"));
    }
}
