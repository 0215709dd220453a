package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;

/**
 * The intervals of {@code @Delay}, {@code @RateLimit}, {@code @TimedWindow} and
 * {@code @TimedWindowUnique}, in milliseconds
 * of the pipeline's event loop. Loops count time in {@code long} nanoseconds and add an interval
 * to their clock, so an interval may be at most {@link #MAX_MILLIS}: half of what a {@code long}
 * counts in nanoseconds (about 146 years), which leaves the other half for the clock's reading.
 */
final class IntervalRules {
    /** {@code Long.MAX_VALUE / 2} nanoseconds in whole milliseconds: 4,611,686,018,427 ms. */
    static final long MAX_MILLIS = Long.MAX_VALUE / 2 / 1_000_000;

    private IntervalRules() {}

    /** delay and rateLimit take 0 ms or more; a timed window needs at least 1 ms; none more than the limit. */
    static void check(PipelineUnderCheck p, StageView stage) {
        long millis = stage.decl().interval();
        boolean window = stage.kind() == StageKind.TIMED_WINDOW || stage.kind() == StageKind.TIMED_WINDOW_UNIQUE;
        if (window && millis <= 0) {
            p.error(
                    stage,
                    "value",
                    ProblemCode.NON_POSITIVE_INTERVAL,
                    stage.describe() + " needs a window of at least 1 ms; found " + millis
                            + ". Give the window length in milliseconds, e.g. " + StageShapes.at(stage.kind())
                            + "(1000).");
        } else if (millis < 0) {
            p.error(
                    stage,
                    "value",
                    ProblemCode.NEGATIVE_INTERVAL,
                    stage.describe() + " has a negative interval; found " + millis
                            + ". Give the interval in milliseconds, 0 or more, e.g. " + StageShapes.at(stage.kind())
                            + "(500).");
        } else if (millis > MAX_MILLIS) {
            p.error(
                    stage,
                    "value",
                    ProblemCode.INTERVAL_TOO_LONG,
                    stage.describe() + " has an interval longer than an event loop can count; found " + millis
                            + " ms, the most is " + MAX_MILLIS + " ms (half of Long.MAX_VALUE nanoseconds, about 146"
                            + " years). Give the interval in milliseconds, at most " + MAX_MILLIS + ".");
        }
    }
}
