package io.streamz.source;

import io.streamz.EventLoop;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * streamz's {@code from_periodic}: calls the callback and emits its result at once on
 * {@code start()}, then again {@code interval} after each emit's stage completed (a slow
 * asynchronous sink slows it down; it never piles up). After {@code stop()} and {@code start()}
 * there is exactly one poller, however soon the restart comes. A callback that throws stops the
 * source and is reported.
 *
 * @param <T> the type of the callback's results
 */
public final class PeriodicDriver<T> implements SourceDriver<T> {
    private final Supplier<? extends T> callback;
    private final Duration interval;

    /**
     * @throws IllegalArgumentException if {@code interval} is not positive
     *
     * @param callback the callback
     * @param interval the interval
     */
    public PeriodicDriver(Supplier<? extends T> callback, Duration interval) {
        this.callback = Objects.requireNonNull(callback, "fromPeriodic: callback must not be null");
        this.interval = Texts.positive(interval, "fromPeriodic: interval");
    }

    @Override
    public Session open(SourceContext<T> context) {
        Poller poller = new Poller(context);
        context.loop().execute(poller);
        return poller;
    }

    @Override
    public String operatorName() {
        return "fromPeriodic";
    }

    @Override
    public String detail() {
        return Texts.seconds(interval);
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
            T value;
            try {
                value = callback.get();
            } catch (RuntimeException e) {
                context.fail(e);
                return;
            }
            context.emit(value).whenComplete((v, failure) -> context.loop().execute(this::sleep));
        }

        private void sleep() {
            if (context.active()) {
                next = context.loop().schedule(interval, this);
            }
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
