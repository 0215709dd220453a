package io.streamz;

import io.streamz.internal.Completions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An event loop for tests whose clock starts at zero and moves only when the test advances it
 * (like RxJava's {@code TestScheduler} or Reactor's {@code VirtualTimeScheduler}): every timing
 * test runs deterministically, in milliseconds of real time.
 *
 * <p>The thread that creates the loop is its loop thread: it emits inline and drives time with
 * {@link #advanceBy}, {@link #advanceTo}, {@link #runDue()} and {@link #await}. Other threads may
 * {@link #execute} or {@link #schedule} tasks (their emits hop onto the loop); those tasks run
 * the next time the loop thread drives the loop. Failures reported to the loop are collected in
 * {@link #failures()}.
 */
public final class VirtualTimeLoop implements EventLoop {
    private final Thread owner = Thread.currentThread();
    /** Guarded by {@code this}. Ordered by due time, then by submission. */
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();

    private final List<Throwable> failures = new ArrayList<>();
    private long now;
    private long submitted;
    private boolean running;

    /** A loop at virtual time zero whose loop thread is the calling thread. */
    public VirtualTimeLoop() {}

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    /** {@return the virtual time elapsed since the loop was created} */
    public Duration now() {
        return Duration.ofNanos(nanoTime());
    }

    @Override
    public void execute(Runnable task) {
        enqueue(0, Objects.requireNonNull(task, "task"));
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long nanos = requireNonNegative(delay, "schedule", "delay");
        Task scheduled = enqueue(nanos, Objects.requireNonNull(task, "task"));
        return () -> {
            synchronized (this) {
                return tasks.remove(scheduled);
            }
        };
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == owner;
    }

    @Override
    public void reportFailure(Throwable failure) {
        synchronized (failures) {
            failures.add(failure);
        }
    }

    /** {@return the failures reported to this loop so far, oldest first (a copy)} */
    public List<Throwable> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** {@return how many tasks are waiting, due or not} */
    public synchronized int pendingTasks() {
        return tasks.size();
    }

    /**
     * Runs every task due by {@code now() + delta}, in order, moving the clock to each; ends at that time.
     *
     * @param delta how far to move the clock
     */
    public void advanceBy(Duration delta) {
        long nanos = requireNonNegative(delta, "advanceBy", "delta");
        advanceToNanos(Math.addExact(nanoTime(), nanos));
    }

    /**
     * {@link #advanceBy(Duration)} in seconds, as streamz users write intervals.
     *
     * @param seconds the duration in seconds
     */
    public void advanceBy(double seconds) {
        advanceBy(Preconditions.seconds("advanceBy", "seconds", seconds, false));
    }

    /**
     * Runs every task due by the virtual time {@code time}, in order, moving the clock to each;
     * ends at {@code time}.
     *
     * @param time the time to move the clock to
     * @throws IllegalArgumentException if {@code time} is before {@link #now()}
     */
    public void advanceTo(Duration time) {
        long target = requireNonNegative(time, "advanceTo", "time");
        if (target < nanoTime()) {
            throw new IllegalArgumentException("cannot move virtual time back from " + now() + " to " + time);
        }
        advanceToNanos(target);
    }

    /** Runs the tasks due now (those submitted with {@link #execute} included) without moving the clock. */
    public void runDue() {
        advanceToNanos(nanoTime());
    }

    /**
     * Runs the loop's tasks in due order, moving virtual time forward, until {@code stage}
     * completes; returns its value or throws its failure unwrapped.
     *
     * @throws IllegalStateException if nothing left on the loop can complete {@code stage}
     */
    @Override
    public <V> V await(CompletionStage<V> stage) {
        CompletableFuture<V> future = stage.toCompletableFuture();
        beginRun();
        try {
            while (!future.isDone()) {
                Task next = pollNext(Long.MAX_VALUE);
                if (next == null) {
                    throw new IllegalStateException("awaited stage is still pending at virtual time " + now()
                            + " and nothing is scheduled on the loop that could complete it");
                }
                runTask(next);
            }
        } finally {
            running = false;
        }
        return Completions.join(future);
    }

    @Override
    public String toString() {
        return "VirtualTimeLoop[now=" + now() + ", pending=" + pendingTasks() + "]";
    }

    static long requireNonNegative(Duration d, String operation, String argument) {
        return Preconditions.duration(operation, argument, d, false).toNanos();
    }

    private void advanceToNanos(long target) {
        beginRun();
        try {
            for (Task next = pollNext(target); next != null; next = pollNext(target)) {
                runTask(next);
            }
            synchronized (this) {
                now = Math.max(now, target);
            }
        } finally {
            running = false;
        }
    }

    /**
     * Throws unless called by the loop's own thread, before anything is done.
     *
     * @throws IllegalStateException naming {@code action} and the owner thread
     */
    void requireOwner(String action) {
        if (!inLoop()) {
            throw new IllegalStateException("cannot " + action + " from thread "
                    + Thread.currentThread().getName()
                    + ": a VirtualTimeLoop graph is changed, and waited for, only by the thread that created"
                    + " the loop (" + owner.getName() + "); emit from other threads instead, it hops onto the loop");
        }
    }

    private void beginRun() {
        if (!inLoop()) {
            throw new IllegalStateException("drive a VirtualTimeLoop from the thread that created it ("
                    + owner.getName() + "), not " + Thread.currentThread().getName());
        }
        if (running) {
            throw new IllegalStateException("the virtual loop is already running; a task cannot drive it");
        }
        running = true;
    }

    /** Removes the first task due by {@code limit} and moves the clock to it; null if none. */
    private synchronized Task pollNext(long limit) {
        Task head = tasks.peek();
        if (head == null || head.due > limit) {
            return null;
        }
        tasks.poll();
        now = Math.max(now, head.due);
        return head;
    }

    private void runTask(Task task) {
        try {
            task.runnable.run();
        } catch (Throwable e) {
            reportFailure(e);
        }
    }

    private synchronized Task enqueue(long delayNanos, Runnable runnable) {
        Task task = new Task(Math.addExact(now, delayNanos), submitted++, runnable);
        tasks.add(task);
        return task;
    }

    private static final class Task implements Comparable<Task> {
        final long due;
        final long sequence;
        final Runnable runnable;

        Task(long due, long sequence, Runnable runnable) {
            this.due = due;
            this.sequence = sequence;
            this.runnable = runnable;
        }

        @Override
        public int compareTo(Task other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
