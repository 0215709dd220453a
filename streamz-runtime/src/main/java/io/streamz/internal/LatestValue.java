package io.streamz.internal;

import io.streamz.EventLoop;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * streamz's {@code latest}: while downstream is busy with one element, newer offers replace
 * each other and only the newest is handed on once downstream is free. Unlike streamz, the
 * newest value is always delivered eventually, even if nothing else arrives. Elements go
 * downstream from a loop task, never inside {@link #offer}, and offers never wait (no back
 * pressure: dropping is the point). A downstream failure goes to
 * {@link EventLoop#reportFailure}. Call {@link #offer} on the loop thread. Called by generated
 * code, not API.
 *
 * @param <T> the element type
 */
public final class LatestValue<T> {
    private static final Object NONE = new Object();

    private final EventLoop loop;
    private final Downstream<? super T> downstream;
    private Object next = NONE;
    private boolean busy;
    private boolean pumpScheduled;
    private RuntimeException closed;

    public LatestValue(EventLoop loop, Downstream<? super T> downstream) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Makes {@code x} the value to deliver next, replacing one not yet delivered; returns {@code null}. */
    public CompletableFuture<Void> offer(T x) {
        if (closed != null) {
            throw closed;
        }
        next = x;
        if (!busy && !pumpScheduled) {
            pumpScheduled = true;
            LoopTasks.execute(loop, LoopTasks.task(this::pump, this::close));
        }
        return null;
    }

    /** Discards the value not yet delivered; later offers throw {@code why}. Closing twice does nothing. */
    public void close(RuntimeException why) {
        if (closed == null) {
            closed = Objects.requireNonNull(why, "why");
            next = NONE;
        }
    }

    /** What it holds: the value waiting for downstream, and the one downstream is busy with. */
    public int held() {
        return (next != NONE ? 1 : 0) + (busy ? 1 : 0);
    }

    /** Whether a value is waiting for downstream. */
    public boolean hasPending() {
        return next != NONE;
    }

    @SuppressWarnings("unchecked")
    private void pump() {
        pumpScheduled = false;
        while (!busy && next != NONE) {
            T x = (T) next;
            next = NONE;
            CompletableFuture<Void> pending;
            try {
                pending = downstream.push(x);
            } catch (Throwable e) {
                loop.reportFailure(e);
                continue;
            }
            if (pending != null) {
                busy = true;
                pending.whenComplete((value, failure) -> LoopTasks.execute(
                        loop,
                        LoopTasks.task(
                                () -> {
                                    busy = false;
                                    if (failure != null) {
                                        loop.reportFailure(Completions.unwrap(failure));
                                    }
                                    pump();
                                },
                                this::close)));
            }
        }
    }
}
