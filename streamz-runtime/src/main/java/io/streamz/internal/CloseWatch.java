package io.streamz.internal;

import io.streamz.EventLoop;
import io.streamz.LoopClosedException;
import java.util.function.Consumer;

/**
 * Watches a loop for closing while producers wait on a helper for something only the loop's
 * tasks would bring (room in a buffer, a free {@code mapAsync} slot): armed when the first one
 * starts waiting, disarmed when the last one stops; if the loop closes while armed, the helper
 * is closed with a {@link LoopClosedException}, which fails those producers' futures. Call it on
 * the loop thread.
 */
final class CloseWatch {
    private final EventLoop loop;
    private final Consumer<RuntimeException> close;
    private final String waiting;
    private EventLoop.Cancellable armed;

    CloseWatch(EventLoop loop, Consumer<RuntimeException> close) {
        this(loop, close, "the element was still waiting");
    }

    /** {@code waiting}: what the producers were waiting for, the closing exception's message. */
    CloseWatch(EventLoop loop, Consumer<RuntimeException> close, String waiting) {
        this.loop = loop;
        this.close = close;
        this.waiting = waiting;
    }

    void arm() {
        if (armed == null) {
            armed = loop.whenClosed(() -> close.accept(new LoopClosedException(loop, waiting)));
        }
    }

    void disarm() {
        if (armed != null) {
            armed.cancel();
            armed = null;
        }
    }
}
