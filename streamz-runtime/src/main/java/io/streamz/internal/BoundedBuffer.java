package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code buffer(n)}: a queue of at most {@code capacity} elements, drained on the
 * event loop one element at a time, each handed on only after the previous one's downstream
 * work has finished. The element being processed has left the queue, so {@code capacity + 1}
 * elements are absorbed before {@link #offer} stops returning "accepted". Elements always go
 * downstream from a loop task, never inside {@code offer}. A downstream failure is reported to
 * {@link EventLoop#reportFailure} and draining goes on. {@link #close} (or the loop closing)
 * discards what is queued and fails the offers waiting for room. Call every method on the loop
 * thread. Called by generated code, not API.
 *
 * @param <T> the element type
 */
public final class BoundedBuffer<T> {
    private final EventLoop loop;
    private final int capacity;
    private final Downstream<? super T> downstream;
    private final ArrayDeque<Slot<T>> queue = new ArrayDeque<>();
    /** Offers that found the queue full, in arrival order, with the futures that admit them. */
    private final ArrayDeque<Slot<T>> waiting = new ArrayDeque<>();

    private boolean busy;
    private boolean pumpScheduled;
    /** Why this buffer was closed, or {@code null} while open. */
    private RuntimeException closed;

    private final CloseWatch closeWatch;

    /** @throws IllegalArgumentException if {@code capacity < 1} */
    public BoundedBuffer(EventLoop loop, int capacity, Downstream<? super T> downstream) {
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be >= 1, not " + capacity);
        }
        this.loop = Objects.requireNonNull(loop, "loop");
        this.capacity = capacity;
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.closeWatch = new CloseWatch(loop, this::close);
    }

    /**
     * Queues {@code x}. Returns {@code null} if it fit, else a future that completes when it
     * enters the queue (back pressure); {@code x} is kept either way.
     */
    public CompletableFuture<Void> offer(T x) {
        if (closed != null) {
            throw closed;
        }
        CompletableFuture<Void> admitted = null;
        if (queue.size() < capacity && waiting.isEmpty()) {
            queue.add(new Slot<>(x, null));
        } else {
            admitted = new CompletableFuture<>();
            waiting.add(new Slot<>(x, admitted));
            closeWatch.arm();
        }
        schedulePump();
        return admitted;
    }

    /** Elements in the queue, not counting the one being processed or those waiting to enter. */
    public int queued() {
        return queue.size();
    }

    /** Offers waiting for room. */
    public int waiting() {
        return waiting.size();
    }

    /** Everything it holds: queued, waiting for room, and the element being processed. */
    public int held() {
        return queue.size() + waiting.size() + (busy ? 1 : 0);
    }

    /** Whether an element is being processed downstream. */
    public boolean busy() {
        return busy;
    }

    /**
     * Discards what is queued and fails the offers waiting for room with {@code why}, which later
     * offers throw; the element being processed finishes. Closing twice does nothing.
     */
    public void close(RuntimeException why) {
        if (closed != null) {
            return;
        }
        closed = Objects.requireNonNull(why, "why");
        closeWatch.disarm();
        queue.clear();
        for (Slot<T> slot = waiting.poll(); slot != null; slot = waiting.poll()) {
            slot.admitted.completeExceptionally(why);
        }
    }

    private void schedulePump() {
        if (!pumpScheduled && !busy) {
            pumpScheduled = true;
            LoopTasks.execute(loop, LoopTasks.task(this::pump, this::close));
        }
    }

    private void pump() {
        pumpScheduled = false;
        while (!busy && !queue.isEmpty() && closed == null) {
            T x = queue.poll().element;
            admitWaiting();
            CompletableFuture<Void> pending;
            try {
                pending = downstream.push(x);
            } catch (Throwable e) {
                loop.reportFailure(e);
                continue;
            }
            if (pending == null) {
                continue;
            }
            busy = true;
            pending.whenComplete(
                    (value, failure) -> LoopTasks.execute(loop, LoopTasks.task(() -> finished(failure), this::close)));
        }
    }

    private void finished(Throwable failure) {
        busy = false;
        if (failure != null) {
            loop.reportFailure(Completions.unwrap(failure));
        }
        pump();
    }

    private void admitWaiting() {
        Slot<T> next = waiting.poll();
        if (waiting.isEmpty()) {
            closeWatch.disarm();
        }
        if (next != null) {
            queue.add(new Slot<>(next.element, null));
            next.admitted.complete(null); // after the queue holds it: a re-entrant offer sees a consistent state
        }
    }

    private static final class Slot<T> {
        final T element;
        final CompletableFuture<Void> admitted;

        Slot(T element, CompletableFuture<Void> admitted) {
            this.element = element;
            this.admitted = admitted;
        }
    }
}
