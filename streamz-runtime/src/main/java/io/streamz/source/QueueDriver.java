package io.streamz.source;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;

/**
 * streamz's {@code from_q}: takes the elements other threads put into a {@link Queue} (a
 * {@link java.util.concurrent.BlockingQueue} usually), one at a time on the source's loop, and
 * emits each; the next is taken once the previous one's emit stage completed (back pressure:
 * a slow asynchronous sink leaves elements in the queue, where the producer's own bound applies).
 * When the queue is empty it looks again {@code pollInterval} later (streamz's
 * {@code sleep_time}, 0.01 s by default): a latency/overhead trade-off, since the loop never
 * blocks on the queue. After {@code stop()} nothing more is taken: what is left stays in the
 * queue for the next {@code start()}. A queue whose {@code poll()} throws stops the source and
 * is reported.
 *
 * @param <T> the type of the elements
 */
public final class QueueDriver<T> implements SourceDriver<T> {
    /** streamz's default {@code sleep_time}. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(10);

    private final Queue<? extends T> queue;
    private final Duration pollInterval;

    /**
     * @throws IllegalArgumentException if {@code pollInterval} is not positive
     *
     * @param queue the queue other threads put elements into
     * @param pollInterval how long to wait before looking again when the queue is empty
     */
    public QueueDriver(Queue<? extends T> queue, Duration pollInterval) {
        this.queue = Objects.requireNonNull(queue, "fromQueue: queue must not be null");
        this.pollInterval = Texts.positive(pollInterval, "fromQueue: pollInterval");
    }

    @Override
    public Session open(SourceContext<T> context) {
        Poller poller = new Poller(context);
        context.loop().execute(poller);
        return poller;
    }

    @Override
    public String operatorName() {
        return "fromQueue";
    }

    @Override
    public String detail() {
        return Texts.seconds(pollInterval);
    }

    private final class Poller implements Runnable, Session {
        private final SourceContext<T> context;
        private volatile EventLoop.Cancellable next;

        Poller(SourceContext<T> context) {
            this.context = context;
        }

        @Override
        public void run() {
            if (!context.active()) {
                return;
            }
            T x;
            try {
                x = queue.poll();
            } catch (RuntimeException e) {
                context.fail(e);
                return;
            }
            if (x == null) {
                next = context.loop().schedule(pollInterval, this);
                return;
            }
            // the next element only once the graph has finished with this one
            context.emit(x).whenComplete((v, failure) -> context.loop().execute(this));
        }

        @Override
        public void close() {
            EventLoop.Cancellable pending = next;
            if (pending != null) {
                pending.cancel();
            }
        }
    }
}
