package io.streamz.internal;

import io.streamz.EventLoop;
import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * How a generated pipeline closes: on its event loop (where its stage state lives), after the
 * elements the calling thread already handed over, waiting for it. Called by generated code,
 * not API.
 */
public final class Closing {
    private Closing() {}

    /**
     * Runs {@code close} on {@code loop} and waits for it: inline on the loop's thread or when the
     * loop is closed (nothing runs on it any more), else as a loop task.
     *
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own,
     *     before anything is done: only that thread drives the loop
     */
    public static void onLoop(EventLoop loop, Runnable close) {
        if (loop.inLoop()) {
            close.run();
            return;
        }
        if (loop instanceof VirtualTimeLoop) {
            throw new IllegalStateException("cannot close a pipeline on a VirtualTimeLoop from thread "
                    + Thread.currentThread().getName() + ": only the thread that created the loop drives it");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            loop.execute(LoopTasks.task(
                    () -> {
                        try {
                            close.run();
                            done.complete(null);
                        } catch (Throwable e) {
                            done.completeExceptionally(e);
                        }
                    },
                    closedLoop -> {
                        close.run(); // the loop stopped: its thread no longer touches the state
                        done.complete(null);
                    }));
        } catch (RejectedExecutionException closedLoop) {
            close.run();
            return;
        }
        loop.await(done);
    }

    /** What a closed pipeline's source throws: {@code emit into Totals.emit: the graph is closed}. */
    public static StreamClosedException closed(String pipeline, String source) {
        return new StreamClosedException("emit into " + pipeline + "." + source);
    }
}
