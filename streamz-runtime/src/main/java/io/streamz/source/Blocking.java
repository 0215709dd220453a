package io.streamz.source;

import io.streamz.UncaughtFailures;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** What the drivers with threads of their own share: daemon threads, and waiting for an emit. */
final class Blocking {
    static final long JOIN_SECONDS = 5;

    private Blocking() {}

    /**
     * A started daemon thread called {@code name}. What its body lets escape goes to
     * {@link UncaughtFailures} (a log record, by default), not to the JVM's print to
     * {@code System.err}.
     */
    static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, failure) -> UncaughtFailures.report(failure));
        thread.start();
        return thread;
    }

    /**
     * Waits up to {@value #JOIN_SECONDS} s for {@code thread} to end, unless it is the calling
     * thread or {@code null}; an interrupt ends the wait early and is kept.
     */
    static void join(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(JOIN_SECONDS * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for an emit's stage: back pressure for a reader thread. Returns the failure it
     * completed with ({@code null} if none; the context reported it already).
     *
     * @throws InterruptedException if the session was closed while waiting
     */
    static Throwable await(CompletionStage<Void> emitted) throws InterruptedException {
        try {
            emitted.toCompletableFuture().get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        }
    }
}
