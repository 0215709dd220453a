package io.streamz;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on elements that other threads have handed to a loop and that have not started
 * yet: past {@code limit}, a producer blocks until the loop catches up, or fails at once when
 * asked to. Without it a producer that never waits for its emit futures queues without limit.
 */
final class HandOff {
    private final AtomicInteger pending = new AtomicInteger();
    private final Object lock = new Object();
    /** Producers blocked in {@link #acquire}, read without the lock by {@link #release}. */
    private volatile int waiting;

    private volatile int limit;
    private volatile boolean failWhenFull;
    private volatile boolean closed;

    HandOff(int limit) {
        this.limit = limit;
    }

    void configure(int newLimit, boolean fail) {
        this.limit = newLimit;
        this.failWhenFull = fail;
        wakeAll();
    }

    int limit() {
        return limit;
    }

    boolean failsWhenFull() {
        return failWhenFull;
    }

    /** Elements handed over and not started yet. */
    int pending() {
        return pending.get();
    }

    /**
     * Takes a place for one element, blocking while {@code limit} are pending.
     *
     * @throws RejectedExecutionException if full and set to fail, if interrupted while blocked
     *     (the interrupt flag stays set), or if the loop closed ({@link LoopClosedException})
     */
    void acquire(ScheduledEventLoop loop, String what) {
        for (; ; ) {
            int now = pending.get();
            if (closed) {
                throw new LoopClosedException(loop, what);
            }
            if (now < limit) {
                if (pending.compareAndSet(now, now + 1)) {
                    return;
                }
                continue;
            }
            if (failWhenFull) {
                throw new RejectedExecutionException(what + ": " + now + " elements handed to " + loop
                        + " from other threads are waiting to start, the limit set by"
                        + " ScheduledEventLoop.limitHandOff; wait for emit futures, or let emit block");
            }
            awaitRoom(loop, what);
        }
    }

    private void awaitRoom(ScheduledEventLoop loop, String what) {
        synchronized (lock) {
            waiting++; // before looking again: a release that missed this sees it, see release()
            try {
                if (pending.get() >= limit && !closed) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException(what + ": interrupted while waiting for room on " + loop, e);
            } finally {
                waiting--;
            }
        }
    }

    /** Gives back a place: its element started, or was abandoned. */
    void release() {
        pending.decrementAndGet();
        if (waiting > 0) {
            wakeAll();
        }
    }

    /** Wakes every blocked producer; those that come back find the loop closed. */
    void close() {
        closed = true;
        wakeAll();
    }

    private void wakeAll() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
