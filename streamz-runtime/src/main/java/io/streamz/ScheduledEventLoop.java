package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.LoopTasks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The real event loop: one named daemon thread running tasks in due-time order, on
 * {@link System#nanoTime()}. A task that throws (anything) is reported to the failure handler
 * and the thread goes on. Failures go to the handler given to the constructor or
 * {@link #setFailureHandler}, else to {@link UncaughtFailures}' default handler (which logs them
 * at {@code WARNING}).
 *
 * <p>Elements other threads emit into a graph on this loop wait in a bounded hand-off: at most
 * {@value #DEFAULT_HAND_OFF_LIMIT} by default, past which {@code emit} blocks the producer until
 * the loop catches up (or fails at once: {@link #limitHandOff}).
 *
 * <p>The thread is a daemon, so a loop nobody closes does not keep the JVM alive, but it does
 * keep its thread, and everything its pending timers reference, until {@link #close()}: close
 * the loops you create (try-with-resources), or use the {@linkplain EventLoop#shared() shared
 * loop}, which the library creates once and reuses.
 */
public final class ScheduledEventLoop implements EventLoop, AutoCloseable {
    /** How many elements other threads may hand over before {@code emit} blocks, by default. */
    public static final int DEFAULT_HAND_OFF_LIMIT = 10_000;

    /** Which loop a thread blocked in {@link #await} waits for, by the loop whose thread it is. */
    private static final Map<ScheduledEventLoop, ScheduledEventLoop> WAITING_FOR = new HashMap<>();

    private static final ThreadLocal<ScheduledEventLoop> RUNNING = new ThreadLocal<>();

    private final String name;
    private final ScheduledThreadPoolExecutor executor;
    private final boolean shared;
    private final HandOff handOff = new HandOff(DEFAULT_HAND_OFF_LIMIT);
    /** Tasks submitted and not started that must settle something if dropped: see {@link #close()}. */
    private final Set<LoopTasks.Task> abandonable = ConcurrentHashMap.newKeySet();

    private volatile Consumer<? super Throwable> failureHandler;
    private volatile Thread thread;
    private volatile boolean closed;

    /**
     * A loop on a new daemon thread called {@code threadName}, reporting to {@link UncaughtFailures}' default handler.
     *
     * @param threadName the name of the loop's thread
     */
    public ScheduledEventLoop(String threadName) {
        this(threadName, null);
    }

    /**
     * A loop on a new daemon thread called {@code threadName}, reporting failures to
     * {@code failureHandler} ({@code null}: to {@link UncaughtFailures}' default handler).
     *
     * @param threadName the name of the loop's thread
     * @param failureHandler the failure handler
     */
    public ScheduledEventLoop(String threadName, Consumer<? super Throwable> failureHandler) {
        this(threadName, failureHandler, false);
    }

    private ScheduledEventLoop(String threadName, Consumer<? super Throwable> failureHandler, boolean shared) {
        this.name = Objects.requireNonNull(threadName, "threadName");
        this.failureHandler = failureHandler;
        this.shared = shared;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(
                    () -> {
                        RUNNING.set(this);
                        runnable.run();
                    },
                    threadName);
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

    /** @throws LoopClosedException if the loop is closed */
    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        LoopTasks.Task settles = track(task);
        try {
            executor.execute(guarded(task, settles));
        } catch (RejectedExecutionException refused) {
            throw refusal(settles);
        }
    }

    /** @throws LoopClosedException if the loop is closed */
    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long nanos = VirtualTimeLoop.requireNonNegative(delay, "schedule", "delay");
        Objects.requireNonNull(task, "task");
        LoopTasks.Task settles = track(task);
        // Whoever comes first, the task starting or cancel(), claims it: a FutureTask still counts
        // as cancellable while it runs, so its own cancel(false) would say true for a started task.
        AtomicBoolean claimed = new AtomicBoolean();
        Runnable guarded = guarded(task, settles);
        ScheduledFuture<?> scheduled;
        try {
            scheduled = executor.schedule(
                    () -> {
                        if (claimed.compareAndSet(false, true)) {
                            guarded.run();
                        }
                    },
                    nanos,
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException refused) {
            throw refusal(settles);
        }
        return () -> {
            if (!claimed.compareAndSet(false, true)) {
                return false; // it started (or was cancelled already)
            }
            scheduled.cancel(false);
            if (settles != null) {
                abandonable.remove(settles);
            }
            return true;
        };
    }

    /**
     * Hands a task over from another thread, within the hand-off bound: blocks while
     * {@link #limitHandOff the limit} of handed-over tasks wait to start, or fails if so set.
     *
     * @throws java.util.concurrent.RejectedExecutionException if full and set to fail, if
     *     interrupted while blocked, or if the loop is closed ({@link LoopClosedException})
     */
    @Override
    public void handOff(Runnable task) {
        Objects.requireNonNull(task, "task");
        handOff.acquire(
                this,
                "hand an element over from thread " + Thread.currentThread().getName());
        try {
            execute(LoopTasks.task(
                    () -> {
                        handOff.release();
                        task.run();
                    },
                    closedLoop -> {
                        handOff.release();
                        if (task instanceof LoopTasks.Task) {
                            ((LoopTasks.Task) task).abandon(closedLoop);
                        }
                    }));
        } catch (RejectedExecutionException refused) {
            handOff.release();
            throw refused;
        }
    }

    @Override
    public Cancellable whenClosed(Runnable action) {
        Objects.requireNonNull(action, "action");
        LoopTasks.Task onClose = LoopTasks.task(() -> {}, closedLoop -> action.run());
        abandonable.add(onClose);
        if (closed) { // closed meanwhile: run it unless close already did
            if (abandonable.remove(onClose)) {
                action.run();
            }
            return () -> false;
        }
        return () -> abandonable.remove(onClose);
    }

    /**
     * Bounds the elements other threads may hand to this loop before they start: past
     * {@code limit}, {@code emit} from another thread blocks until the loop catches up, or, with
     * {@code failWhenFull}, throws a {@link java.util.concurrent.RejectedExecutionException} at
     * once (a producer that waits for its emit futures never gets there).
     *
     * @param limit the most handed-over tasks waiting to start
     * @param failWhenFull whether a full hand-off queue fails the caller instead of making it wait
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public void limitHandOff(int limit, boolean failWhenFull) {
        handOff.configure(Preconditions.atLeast("limitHandOff", "limit", limit, 1), failWhenFull);
    }

    /**
     * Elements handed over by other threads that have not started yet.
     *
     * @return how many handed-over tasks have not started yet
     */
    public int handedOff() {
        return handOff.pending();
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /**
     * Hands {@code failure} to this loop's failure handler, or to {@link UncaughtFailures}'
     * default handler if it has none; never throws (what the handler throws is logged).
     */
    @Override
    public void reportFailure(Throwable failure) {
        UncaughtFailures.handle(failureHandler, failure);
    }

    /**
     * Sets where failures of this loop go that nobody else can receive; {@code null} sends them
     * to {@link UncaughtFailures}' default handler again. Called from any thread; the handler
     * runs on whichever thread reports, usually the loop's.
     *
     * @param handler the handler
     */
    public void setFailureHandler(Consumer<? super Throwable> handler) {
        this.failureHandler = handler;
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
                    "await on the loop thread " + name + " would deadlock; chain on the stage instead");
        }
        ScheduledEventLoop waiting = RUNNING.get(); // another loop's thread, about to block that loop
        if (waiting == null || future.isDone()) {
            return Completions.join(future);
        }
        synchronized (WAITING_FOR) {
            for (ScheduledEventLoop l = this; l != null; l = WAITING_FOR.get(l)) {
                if (l == waiting) {
                    throw new IllegalStateException("the thread of " + waiting + " would wait for " + this
                            + ", whose thread already waits, directly or not, for " + waiting + ": a deadlock."
                            + " Two loops must not change or wait for each other's graphs from their own threads;"
                            + " emit into the other graph instead (it hops over and returns at once)");
                }
            }
            WAITING_FOR.put(waiting, this);
        }
        try {
            return Completions.join(future);
        } finally {
            synchronized (WAITING_FOR) {
                WAITING_FOR.remove(waiting);
            }
        }
    }

    /** Whether {@link #close()} was called. */
    @Override
    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops the loop: the task running now finishes (waited for, unless {@code close} is called
     * from it), nothing else runs. Every emit future still pending on this loop, a delayed or
     * rate-limited element's, a producer's waiting for room in a buffer or a {@code mapAsync}, or
     * an element handed over from another thread, completes exceptionally with a
     * {@link LoopClosedException} naming the loop; elements held in buffers are discarded. Later
     * emits into graphs on this loop throw that exception at once, and so does attaching a time
     * operator to them. Closing twice does nothing.
     *
     * @throws UnsupportedOperationException for {@link EventLoop#shared()}, which lives as long
     *     as the JVM (its thread is a daemon)
     */
    @Override
    public void close() {
        if (shared) {
            throw new UnsupportedOperationException("the shared streamz-loop cannot be closed");
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        handOff.close();
        executor.shutdownNow();
        if (!inLoop()) {
            awaitTermination();
        }
        LoopClosedException why = new LoopClosedException(this, "the element was still pending");
        for (LoopTasks.Task task : List.copyOf(abandonable)) { // after the loop thread stopped: no race
            abandonable.remove(task);
            LoopTasks.abandonQuietly(task, why);
        }
    }

    private void awaitTermination() {
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ScheduledEventLoop[" + name + "]";
    }

    private LoopTasks.Task track(Runnable task) {
        if (closed) {
            throw new LoopClosedException(this, "run a task");
        }
        if (task instanceof LoopTasks.Task) {
            LoopTasks.Task settles = (LoopTasks.Task) task;
            abandonable.add(settles);
            return settles;
        }
        return null;
    }

    private RejectedExecutionException refusal(LoopTasks.Task settles) {
        if (settles != null) {
            abandonable.remove(settles);
        }
        return new LoopClosedException(this, "run a task");
    }

    private Runnable guarded(Runnable task, LoopTasks.Task settles) {
        return () -> {
            if (settles != null) {
                abandonable.remove(settles);
            }
            if (closed) { // close() began and has not stopped the thread yet: nothing else runs
                if (settles != null) {
                    LoopTasks.abandonQuietly(settles, new LoopClosedException(this, "the element was still pending"));
                }
                return;
            }
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
