package io.streamz;

import java.util.concurrent.RejectedExecutionException;

/**
 * The event loop a graph runs on was {@linkplain ScheduledEventLoop#close() closed}: what an
 * emit future still pending at that moment completes with, what a later emit throws at once,
 * and what attaching a time operator to that graph throws. A
 * {@link RejectedExecutionException}, since the loop is an executor that no longer takes tasks.
 */
public final class LoopClosedException extends RejectedExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * {@code loop} is closed, so {@code what} (e.g. {@code "emit into <map: f>"}) cannot be done.
     *
     * @param loop the event loop
     * @param what what could not be done
     */
    public LoopClosedException(EventLoop loop, String what) {
        super(what + ": " + loop + " is closed");
    }
}
