package io.streamz;

import io.streamz.internal.Completions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The real event loop: one named daemon thread running tasks in due-time order, on
 * {@link System#nanoTime()}. A task that throws is reported to the failure handler and the
 * thread goes on. By default failures go to the loop thread's uncaught-exception handler (the
 * JVM's default handler prints them to {@code System.err}).
 */
public final class ScheduledEventLoop implements EventLoop, AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;
    private final Consumer<? super Throwable> failureHandler;
    private final boolean shared;
    private volatile Thread thread;

    /** A loop on a new daemon thread called {@code threadName}, reporting to the thread's uncaught-exception handler. */
    public ScheduledEventLoop(String threadName) {
        this(threadName, null);
    }

    /** A loop on a new daemon thread called {@code threadName}, reporting failures to {@code failureHandler}. */
    public ScheduledEventLoop(String threadName, Consumer<? super Throwable> failureHandler) {
        this(threadName, failureHandler, false);
    }

    private ScheduledEventLoop(String threadName, Consumer<? super Throwable> failureHandler, boolean shared) {
        Objects.requireNonNull(threadName, "threadName");
        this.failureHandler = failureHandler;
        this.shared = shared;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.prestartCoreThread();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        executor.execute(guarded(task));
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long nanos = VirtualTimeLoop.requireNonNegative(delay);
        Objects.requireNonNull(task, "task");
        ScheduledFuture<?> scheduled = executor.schedule(guarded(task), nanos, TimeUnit.NANOSECONDS);
        return () -> scheduled.cancel(false);
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void reportFailure(Throwable failure) {
        try {
            if (failureHandler != null) {
                failureHandler.accept(failure);
            } else {
                Thread t = thread;
                t.getUncaughtExceptionHandler().uncaughtException(t, failure);
            }
        } catch (RuntimeException handlerFailure) {
            // a failing handler must not kill the loop thread; nothing better is left to do
            handlerFailure.addSuppressed(failure);
            handlerFailure.printStackTrace();
        }
    }

    /**
     * Blocks until {@code stage} completes.
     *
     * @throws IllegalStateException if called on this loop's thread while {@code stage} is
     *     pending: the loop would wait for itself
     */
    @Override
    public <V> V await(CompletionStage<V> stage) {
        CompletableFuture<V> future = stage.toCompletableFuture();
        if (inLoop() && !future.isDone()) {
            throw new IllegalStateException(
                    "await on the loop thread " + thread.getName() + " would deadlock; chain on the stage instead");
        }
        return Completions.join(future);
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return executor.isShutdown();
    }

    /**
     * Stops the loop: pending timers are dropped, the task running now finishes.
     *
     * @throws UnsupportedOperationException for {@link EventLoop#shared()}, which lives as long
     *     as the JVM (its thread is a daemon)
     */
    @Override
    public void close() {
        if (shared) {
            throw new UnsupportedOperationException("the shared streamz-loop cannot be closed");
        }
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "ScheduledEventLoop[" + thread.getName() + "]";
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                reportFailure(e);
            }
        };
    }

    /** Holds the process-wide default loop, created on first use. */
    static final class Shared {
        static final ScheduledEventLoop LOOP = new ScheduledEventLoop("streamz-loop", null, true);

        private Shared() {}
    }
}
