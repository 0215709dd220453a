package io.streamz;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * streamz's {@code RefCounter}: counts the stages still holding an element, for checkpointing.
 * Put one in an element's metadata under the key {@code "ref"}
 * ({@code source.emit(x, List.of(Map.of("ref", ref)))}): the emit holds a reference while the
 * element goes through and until its emit future completes, and every stage that keeps the
 * element for later (a buffer, a window, a partition, a zip queue) holds one until it lets go.
 * Each time the count drops to zero the callback runs: on the given loop, or else on the
 * thread that released. Thread-safe.
 */
public final class RefCounter {
    private final AtomicInteger count;
    private final Runnable callback;
    private final EventLoop loop;

    /** A counter at 0 without a callback. */
    public RefCounter() {
        this(0, null, null);
    }

    /**
     * A counter at 0 that runs {@code callback} on the releasing thread whenever it drops to zero.
     *
     * @param callback the callback
     */
    public RefCounter(Runnable callback) {
        this(0, callback, null);
    }

    /**
     * A counter at {@code initial} that runs {@code callback} (if not {@code null}) whenever it
     * drops to zero, on {@code loop} (if not {@code null}; streamz's {@code loop.add_callback}).
     *
     * @param initial the initial count
     * @param callback the callback
     * @param loop the event loop
     */
    public RefCounter(int initial, Runnable callback, EventLoop loop) {
        this.count = new AtomicInteger(initial);
        this.callback = callback;
        this.loop = loop;
    }

    /** Takes one reference. */
    public void retain() {
        retain(1);
    }

    /**
     * Takes {@code n} references.
     *
     * @param n how many references to add or release
     */
    public void retain(int n) {
        count.addAndGet(n);
    }

    /** Gives one reference back. */
    public void release() {
        release(1);
    }

    /**
     * Gives {@code n} references back; at zero or below, the callback runs.
     *
     * @param n how many references to add or release
     */
    public void release(int n) {
        if (count.addAndGet(-n) <= 0 && callback != null) {
            if (loop == null) {
                callback.run();
            } else {
                loop.execute(callback);
            }
        }
    }

    /** {@return the references held now} */
    public int count() {
        return count.get();
    }

    /** streamz's {@code str()}: {@code <RefCounter count=1>}. */
    @Override
    public String toString() {
        return "<RefCounter count=" + count.get() + ">";
    }
}
