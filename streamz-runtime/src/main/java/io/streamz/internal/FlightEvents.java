package io.streamz.internal;

/**
 * The door to the JDK Flight Recorder events, open only when the {@code jdk.jfr} module is
 * present (the runtime {@code requires static jdk.jfr}): without it, nothing here touches a
 * {@code jdk.jfr} class. Events cost nothing while no recording asks for them.
 */
final class FlightEvents {
    private static final boolean AVAILABLE = FlightEvents.class.getModule().isNamed()
            ? ModuleLayer.boot().findModule("jdk.jfr").isPresent()
            : isPresent();

    private FlightEvents() {}

    private static boolean isPresent() {
        try {
            Class.forName("jdk.jfr.Event", false, FlightEvents.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static void stageFailed(StageMeter stage, Throwable failure) {
        if (AVAILABLE) {
            StreamzEvents.stageFailed(stage, failure);
        }
    }

    static void track(MeterGroup group) {
        if (AVAILABLE) {
            StreamzEvents.track(group);
        }
    }
}
