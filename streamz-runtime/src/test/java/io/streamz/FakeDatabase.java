package io.streamz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** An asynchronous "database" for tests: each write completes on the loop after a latency of our choosing. */
final class FakeDatabase<T> {
    private final EventLoop loop;
    private final Function<? super T, Duration> latency;
    final List<T> rows = new ArrayList<>();
    final List<Long> startedAtMillis = new ArrayList<>();
    final List<Long> finishedAtMillis = new ArrayList<>();
    int inFlight;
    int maxInFlight;

    FakeDatabase(EventLoop loop, Function<? super T, Duration> latency) {
        this.loop = loop;
        this.latency = latency;
    }

    FakeDatabase(EventLoop loop, Duration latency) {
        this(loop, x -> latency);
    }

    CompletableFuture<Void> write(T row) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        startedAtMillis.add(millis());
        CompletableFuture<Void> written = new CompletableFuture<>();
        loop.schedule(latency.apply(row), () -> {
            rows.add(row);
            inFlight--;
            finishedAtMillis.add(millis());
            written.complete(null);
        });
        return written;
    }

    private long millis() {
        return Duration.ofNanos(loop.nanoTime()).toMillis();
    }
}
