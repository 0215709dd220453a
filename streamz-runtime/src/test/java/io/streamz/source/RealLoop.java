package io.streamz.source;

import io.streamz.ScheduledEventLoop;
import io.streamz.Source;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A real loop for the sources that read on threads of their own (sockets, child processes),
 * collecting the failures reported to it, and stopping the sources made on it when it closes;
 * and a wait for a condition those threads make true.
 */
final class RealLoop implements AutoCloseable {
    /** Long enough for a loaded 2-core CI machine; a passing test never waits for it. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final ScheduledEventLoop loop = new ScheduledEventLoop("source-test-loop", failures::add);
    private final List<Source<?>> sources = new CopyOnWriteArrayList<>();

    /** A source of {@code driver} on this loop, stopped by {@link #close()}. */
    <T> Source<T> source(SourceDriver<T> driver) {
        Source<T> source = new Source<>(loop, driver);
        sources.add(source);
        return source;
    }

    /** Waits until {@code condition} holds; fails with {@code what} after {@link #PATIENCE}. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    @Override
    public void close() {
        sources.forEach(Source::stop);
        loop.close();
    }
}
