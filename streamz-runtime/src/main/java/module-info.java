/**
 * The interpreted {@link io.streamz.Stream} API, its sources, and the support that classes
 * generated from {@code @Pipeline} interfaces call. No dependency beyond the JDK.
 */
module io.streamz {
    requires jdk.httpserver; // fromHttpServer
    // Flight Recorder events of measured pipelines (io.streamz.metrics), emitted only when jdk.jfr is
    // in the boot layer: an application image without it (jlink) still runs, without the events.
    // A class-path application and -XX:StartFlightRecording have it; a modular one that starts
    // recordings later (jcmd) adds --add-modules jdk.jfr.
    requires static jdk.jfr;

    exports io.streamz;
    exports io.streamz.codec;
    exports io.streamz.engine;
    exports io.streamz.metrics;
    exports io.streamz.source;
    // Called by generated code, not API (left out of the javadoc). Generated classes live in the
    // application's modules, which cannot be named here, so the export is not qualified.
    exports io.streamz.internal;
}
