package io.streamz.internal;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Tasks for an {@link EventLoop} that know what to settle if the loop never runs them: when a
 * {@link io.streamz.ScheduledEventLoop} is closed, the tasks it drops are {@linkplain
 * Task#abandon abandoned} (their futures failed with a {@link io.streamz.LoopClosedException}),
 * and a task a loop refuses is abandoned at once. So nothing waits forever on a closed loop.
 * Called by generated code, not API.
 */
public final class LoopTasks {
    private LoopTasks() {}

    /** A loop task with a way out. */
    public interface Task extends Runnable {
        /**
         * The loop will never run this task (it was closed, or refused the task): settle what
         * the task would have (fail its futures). Runs on the closing or submitting thread,
         * never concurrently with the loop's own tasks; must not throw.
         */
        void abandon(RejectedExecutionException closed);
    }

    /** A task running {@code run}, or {@code abandon} if the loop never runs it. */
    public static Task task(Runnable run, Consumer<? super RejectedExecutionException> abandon) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(abandon, "abandon");
        return new Task() {
            @Override
            public void run() {
                run.run();
            }

            @Override
            public void abandon(RejectedExecutionException closed) {
                abandon.accept(closed);
            }
        };
    }

    /** Runs {@code task} on {@code loop}; if the loop refuses it, abandons it at once, here. */
    public static void execute(EventLoop loop, Task task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException refused) {
            abandonQuietly(task, refused);
        }
    }

    /**
     * Schedules {@code task} on {@code loop} after {@code delay}; if the loop refuses it, abandons
     * it at once, here, and returns a handle that cancels nothing.
     */
    public static EventLoop.Cancellable schedule(EventLoop loop, Duration delay, Task task) {
        try {
            return loop.schedule(delay, task);
        } catch (RejectedExecutionException refused) {
            abandonQuietly(task, refused);
            return () -> false;
        }
    }

    /** Abandons {@code task}; what it throws goes to the default handler, as it must not. */
    public static void abandonQuietly(Task task, RejectedExecutionException closed) {
        try {
            task.abandon(closed);
        } catch (Throwable e) {
            io.streamz.UncaughtFailures.report(e);
        }
    }
}
