package io.streamz;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * Where a failure goes that no caller, emit future or error route can receive, on a loop
 * without a failure handler of its own (the {@linkplain EventLoop#shared() shared loop}
 * included) and in a graph without a loop: the process-wide default handler, as RxJava's
 * {@code RxJavaPlugins.setErrorHandler} and Reactor's {@code Hooks.onErrorDropped}. The
 * default handler {@linkplain #log logs} the failure at {@code WARNING} through the
 * {@link System.Logger} named {@value #LOGGER} (routed to {@code java.util.logging}, or to SLF4J
 * or Log4j when their {@code System.LoggerFinder} bridge is on the class path), never to raw
 * {@code System.err}. See {@code docs/threading-and-failures.md} for where each failure goes.
 */
public final class UncaughtFailures {
    /** The name of the logger the default handler writes to. */
    public static final String LOGGER = "io.streamz";

    private static final Consumer<Throwable> LOG = UncaughtFailures::log;
    private static volatile Consumer<? super Throwable> defaultHandler = LOG;

    private UncaughtFailures() {}

    /**
     * Replaces the process-wide default handler; {@code null} restores the default, logging.
     * The handler may be called from any loop's thread, concurrently; what it throws is logged.
     *
     * @param handler the handler
     */
    public static void setDefaultHandler(Consumer<? super Throwable> handler) {
        defaultHandler = handler == null ? LOG : handler;
    }

    /** {@return the process-wide default handler: {@link #log} unless {@link #setDefaultHandler replaced}} */
    public static Consumer<? super Throwable> defaultHandler() {
        return defaultHandler;
    }

    /**
     * The default handler: logs {@code failure} at {@code WARNING} to {@value #LOGGER}, naming the
     * stage recorded on it ({@link StageFailure#stageOf}) and the thread.
     *
     * @param failure the failure
     */
    public static void log(Throwable failure) {
        String stage = StageFailure.stageOf(failure);
        Logger logger = System.getLogger(LOGGER);
        logger.log(
                Level.WARNING,
                "streamz: a failure nobody received"
                        + (stage == null ? "" : " in stage <" + stage + ">")
                        + " on thread " + Thread.currentThread().getName() + ": " + failure,
                failure);
    }

    /**
     * Hands {@code failure} to the default handler, as a loop without a handler of its own does;
     * never throws (a failing handler's exception is logged, {@code failure} suppressed on it).
     *
     * @param failure the failure
     */
    public static void report(Throwable failure) {
        handle(null, failure);
    }

    /**
     * Hands {@code failure} to {@code handler}, or to the default handler when it is {@code null};
     * never throws: a failing handler's exception is logged with {@code failure} suppressed on it.
     */
    static void handle(Consumer<? super Throwable> handler, Throwable failure) {
        Consumer<? super Throwable> target = handler == null ? defaultHandler : handler;
        try {
            target.accept(failure);
        } catch (Throwable handlerFailure) {
            if (handlerFailure instanceof VirtualMachineError && !(handlerFailure instanceof StackOverflowError)) {
                throw (VirtualMachineError) handlerFailure;
            }
            handlerFailure.addSuppressed(failure);
            try {
                log(handlerFailure);
            } catch (Throwable ignored) {
                // the logging back end itself failed: there is nowhere left to report
            }
        }
    }
}
