package io.streamz.internal;

import io.streamz.metrics.StageMetrics;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The Flight Recorder events of measured pipelines: {@code io.streamz.StageFailure} when a
 * stage's code fails, and {@code io.streamz.StageStatistics}, one per stage at every period
 * (1 s by default) while a recording enables it. Loaded only through {@link FlightEvents}.
 */
final class StreamzEvents {
    /** The measured pipelines, held weakly: a collected pipeline stops reporting. */
    private static final Set<MeterGroup> GROUPS = Collections.newSetFromMap(new WeakHashMap<>());

    static {
        FlightRecorder.addPeriodicEvent(StageStatistics.class, StreamzEvents::emitStatistics);
    }

    private StreamzEvents() {}

    static void track(MeterGroup group) {
        synchronized (GROUPS) {
            GROUPS.add(group);
        }
    }

    static void stageFailed(StageMeter stage, Throwable failure) {
        StageFailure event = new StageFailure();
        if (event.shouldCommit()) {
            event.pipeline = stage.pipeline();
            event.stage = stage.stage();
            event.operator = stage.operator();
            event.exceptionClass = failure.getClass();
            event.message = failure.getMessage();
            event.commit();
        }
    }

    private static void emitStatistics() {
        MeterGroup[] groups;
        synchronized (GROUPS) {
            groups = GROUPS.toArray(new MeterGroup[0]);
        }
        for (MeterGroup group : groups) {
            for (StageMetrics stage : group.stages()) {
                StageStatistics event = new StageStatistics();
                event.pipeline = group.pipeline();
                event.stage = stage.stage();
                event.operator = stage.operator();
                event.in = stage.in();
                event.out = stage.out();
                event.failed = stage.failed();
                event.depth = stage.depth();
                event.latencyCount = stage.latencyCount();
                event.latencyTotal = stage.latencyTotalNanos();
                event.latencyMax = stage.latencyMaxNanos();
                event.commit();
            }
        }
    }

    @Name("io.streamz.StageFailure")
    @Label("Stage Failure")
    @Category("Streamz")
    @Description("The code of a pipeline stage failed on an element (thrown, or failed asynchronously)")
    static final class StageFailure extends Event {
        @Label("Pipeline")
        String pipeline;

        @Label("Stage")
        String stage;

        @Label("Operator")
        String operator;

        @Label("Exception Class")
        Class<?> exceptionClass;

        @Label("Message")
        String message;
    }

    @Name("io.streamz.StageStatistics")
    @Label("Stage Statistics")
    @Category("Streamz")
    @Description("The counts, depth and sink latency of one stage of a measured pipeline, since it started")
    @Period("1 s")
    @StackTrace(false)
    static final class StageStatistics extends Event {
        @Label("Pipeline")
        String pipeline;

        @Label("Stage")
        String stage;

        @Label("Operator")
        String operator;

        @Label("In")
        long in;

        @Label("Out")
        long out;

        @Label("Failed")
        long failed;

        @Label("Depth")
        long depth;

        @Label("Latency Count")
        long latencyCount;

        @Label("Latency Total")
        @Timespan(Timespan.NANOSECONDS)
        long latencyTotal;

        @Label("Latency Max")
        @Timespan(Timespan.NANOSECONDS)
        long latencyMax;
    }
}
