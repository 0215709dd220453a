package io.streamz;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The event loop that time-based operators and asynchronous stages run on: the Java
 * counterpart of Tornado's {@code IOLoop}. Two implementations ship: {@link ScheduledEventLoop}
 * (one named daemon thread; {@link #shared()} is the process-wide default) and
 * {@link VirtualTimeLoop} (a clock that only moves when a test advances it).
 *
 * <p>Threading contract, for every loop:
 * <ul>
 *   <li>A loop runs its tasks one at a time, in due-time order and, for equal due times, in
 *       the order they were submitted. Every stage of a graph attached to a loop runs on that
 *       loop's thread: timers, decoupling points ({@code buffer}, {@code latest}) and the
 *       continuations of asynchronous stages all hop onto it.</li>
 *   <li>{@link Stream#emit} called from another thread hops onto the loop too: it returns at
 *       once and its stage completes when the element has gone through. Exceptions then arrive
 *       in that stage instead of being thrown.</li>
 *   <li>Submitting a task happens-before running it, so state that stages keep is confined to
 *       the loop thread and needs no locks; what a stage hands to a sink is visible to code
 *       that waited on the emit's stage.</li>
 *   <li>A failure nobody waits for (after a decoupling point, in a timer) goes to
 *       {@link #reportFailure}; the loop and the operator keep going.</li>
 * </ul>
 * Operators read time only through {@link #nanoTime()}, never from the system clock.
 */
public interface EventLoop extends Executor {
    /**
     * The longest interval any operator, and {@link #schedule}, accepts: 4,611,686,018,427 ms
     * (half of {@code Long.MAX_VALUE} nanoseconds, about 146 years), the limit the processor
     * checks on {@code @Delay}, {@code @RateLimit} and {@code @TimedWindow} too. A longer one is
     * rejected when the operator is built, with an {@link IllegalArgumentException} naming the
     * operator and this limit, rather than overflowing the loop's nanosecond clock at the first
     * element.
     */
    Duration MAX_DELAY = Duration.ofMillis(Long.MAX_VALUE / 2 / 1_000_000);

    /** {@return the loop's clock in nanoseconds; only differences between readings are meaningful} */
    long nanoTime();

    /** Runs {@code task} on the loop as soon as possible, after the tasks already due. */
    @Override
    void execute(Runnable task);

    /**
     * Runs {@code task} on the loop once {@code delay} has passed on the loop's clock.
     *
     * @param delay how long to wait
     * @param task the task to run
     * @return a handle that cancels the task if it has not run yet
     * @throws IllegalArgumentException if {@code delay} is negative or beyond {@link #MAX_DELAY}
     */
    Cancellable schedule(Duration delay, Runnable task);

    /**
     * Runs {@code task}, which hands an element over from another thread (a foreign emit), on
     * the loop. A loop may bound such tasks: {@link ScheduledEventLoop} blocks the calling thread
     * while too many wait to start, or fails. By default, {@link #execute}.
     *
     * @param task the task to run
     * @throws java.util.concurrent.RejectedExecutionException if the loop refuses the task
     */
    default void handOff(Runnable task) {
        execute(task);
    }

    /** {@return whether the calling thread is this loop's thread (code on it may touch stage state)} */
    boolean inLoop();

    /**
     * Registers {@code action} to run once if the loop is closed (on the closing thread, after
     * the loop's thread stopped), so that whoever waits on something only this loop would have
     * completed is told; cancel the returned handle once it is no longer needed. A loop that
     * cannot be closed returns a handle that cancels nothing, and never runs it.
     *
     * @param action the action
     * @return a handle that unregisters {@code action}
     */
    default Cancellable whenClosed(Runnable action) {
        return () -> false;
    }

    /** {@return whether the loop was closed and takes no more tasks; a loop that cannot be closed says {@code false}} */
    default boolean isClosed() {
        return false;
    }

    /**
     * Receives a failure that no emit future can carry: the loop's uncaught-exception handler.
     * It never throws.
     *
     * @param failure the failure
     */
    void reportFailure(Throwable failure);

    /**
     * Waits for {@code stage} and returns its value, throwing its failure unwrapped, as it is
     * (an undeclared checked exception too, as a synchronous {@link Stream#emit} throws it). A real loop blocks a foreign thread and
     * refuses to block its own; a {@link VirtualTimeLoop} runs its timers, moving virtual time,
     * until the stage completes.
     *
     * @param <V> the type of the values
     * @param stage the stage
     * @return the value {@code stage} completed with
     * @throws IllegalStateException if waiting could never end (see the implementations)
     */
    <V> V await(CompletionStage<V> stage);

    /** A scheduled task that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        /**
         * Prevents the task from running if it has not started; returns whether it was still pending.
         *
         * @return {@code true} if so
         */
        boolean cancel();
    }

    /**
     * The process-wide default loop, a {@link ScheduledEventLoop} on the daemon thread
     * {@code streamz-loop}, created on first use. Time-based operators attach it to a graph
     * that has no loop yet.
     *
     * @return the process-wide default loop, a {@link ScheduledEventLoop} on the daemon thread {@code streamz-loop}, created on first use
     */
    static EventLoop shared() {
        return ScheduledEventLoop.Shared.LOOP;
    }
}
