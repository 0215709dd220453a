package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.source.SourceContext;
import io.streamz.source.SourceDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/** One {@code start()} of a {@link Source}: the {@link SourceContext} its driver's session feeds it through. */
final class SourceRun<T> implements SourceContext<T> {
    private final Source<T> source;
    private final EventLoop loop;
    /** Guarded by {@code this}: the session once opened, and whether it was closed before. */
    private SourceDriver.Session session;

    private boolean closed;

    SourceRun(Source<T> source) {
        this.source = source;
        this.loop = source.requireLoop();
    }

    /** An exception naming the source: {@link UncheckedIOException} for an I/O cause, else {@link IllegalStateException}. */
    static RuntimeException failure(String what, Throwable cause) {
        String message = what + ": " + cause;
        if (cause instanceof IOException) {
            return new UncheckedIOException(message, (IOException) cause);
        }
        return new IllegalStateException(message, cause);
    }

    /** The driver's session; closed at once if the source already ended while it was opening. */
    void opened(SourceDriver.Session opened) {
        boolean closeNow;
        synchronized (this) {
            session = opened;
            closeNow = closed;
        }
        if (closeNow) {
            closeQuietly(opened);
        }
    }

    void close() {
        SourceDriver.Session toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = session;
        }
        closeQuietly(toClose);
    }

    private void closeQuietly(SourceDriver.Session s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (RuntimeException e) {
            loop.reportFailure(failure(source + " failed to close", e));
        }
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    @Override
    public String label() {
        return source.toString();
    }

    @Override
    public boolean active() {
        return source.isCurrent(this);
    }

    @Override
    public CompletionStage<Void> emit(T x) {
        return emitting(() -> source.emitReportedByCaller(x));
    }

    @Override
    public CompletionStage<Void> emit(T x, List<? extends Map<String, ?>> metadata) {
        Objects.requireNonNull(metadata, () -> "emit into " + source + ": metadata must not be null");
        return emitting(() -> source.emit(x, metadata));
    }

    private CompletionStage<Void> emitting(Supplier<CompletionStage<Void>> emit) {
        if (!active()) {
            return CompletableFuture.failedStage(new CancellationException(source + " is stopped"));
        }
        CompletionStage<Void> done;
        try {
            done = emit.get();
        } catch (RejectedExecutionException closedLoop) {
            fail(closedLoop);
            return CompletableFuture.failedStage(closedLoop);
        } catch (RuntimeException | Error e) {
            loop.reportFailure(e);
            return CompletableFuture.failedStage(e);
        }
        if (done == Stream.DONE) {
            return done;
        }
        done.whenComplete((value, failure) -> {
            if (failure != null) {
                loop.reportFailure(Completions.unwrap(failure));
            }
        });
        return done;
    }

    @Override
    public void finished() {
        source.end(this);
    }

    @Override
    public void fail(Throwable cause) {
        if (!active()) {
            return;
        }
        RuntimeException stopped = failure(source + " stopped", cause);
        if (source.routesFailures()) {
            CompletableFuture<Void> routed = new CompletableFuture<>();
            source.onLoop(() -> Completions.relay(() -> source.routeIfAsked(null, stopped), routed), routed);
            routed.whenComplete((value, failure) -> {
                if (failure != null) {
                    loop.reportFailure(Completions.unwrap(failure));
                }
            });
        } else {
            loop.reportFailure(stopped);
        }
        source.end(this);
    }
}
