package io.streamz;

import io.streamz.internal.Completions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * streamz's {@code partition(n, timeout=..., key=...)}: per-key buffers emitted as a list when
 * they hold {@code n} elements, in completion order. Without a timeout there is no trailing
 * flush (there is no end of stream). With one, a key's partial buffer is emitted
 * {@code timeout} after its first element arrived (a timer on the graph's loop, not reset by
 * later elements, cancelled when the buffer fills first); a failure downstream of such a flush
 * goes to the loop's {@link EventLoop#reportFailure}.
 */
final class PartitionNode<T> extends Stream<List<T>> {
    private final int n;
    private final Function<? super T, ?> key;
    /** Buffers by key, in first-arrival order; with no key function, the single key is {@code null}. */
    private final Map<Object, List<Object>> buffers = new LinkedHashMap<>();

    private final Duration timeout;
    private final EventLoop loop;
    /** The pending timeout flush of each key whose buffer is partial; only with a timeout. */
    private final Map<Object, EventLoop.Cancellable> timers = new HashMap<>();

    PartitionNode(Stream<T> upstream, int n, Function<? super T, ?> key) {
        this(upstream, n, null, key);
    }

    PartitionNode(Stream<T> upstream, int n, Duration timeout, Function<? super T, ?> key) {
        super(Preconditions.checkedBefore(upstream, () -> {
            if (n < 1) {
                throw new IllegalArgumentException("partition size must be at least 1, got " + n);
            }
            if (timeout != null) {
                Durations.check(timeout, "partition: timeout", true);
            }
        }));
        this.n = n;
        this.key = key;
        this.timeout = timeout;
        this.loop = timeout == null ? null : ensureLoop();
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        Object k;
        try {
            k = key == null ? null : key.apply((T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        List<Object> buffer = buffers.computeIfAbsent(k, unused -> new ArrayList<>(n));
        buffer.add(x);
        if (buffer.size() < n) {
            if (timeout != null && buffer.size() == 1) {
                timers.put(k, loop.schedule(timeout, () -> flushOnTimeout(k)));
            }
            return null;
        }
        buffers.remove(k); // before emitting, so a feedback loop re-entering starts a fresh buffer
        EventLoop.Cancellable timer = timers.remove(k);
        if (timer != null) {
            timer.cancel();
        }
        return emitDownstream(Tuples.wrap(buffer.toArray()));
    }

    private void flushOnTimeout(Object k) {
        timers.remove(k);
        List<Object> partial = buffers.remove(k);
        if (partial == null || partial.isEmpty()) {
            return;
        }
        CompletableFuture<Void> pending;
        try {
            pending = emitDownstream(Tuples.wrap(partial.toArray()));
        } catch (Throwable e) {
            loop.reportFailure(e);
            return;
        }
        if (pending != null) {
            pending.whenComplete((value, failure) -> {
                if (failure != null) {
                    loop.execute(() -> loop.reportFailure(Completions.unwrap(failure)));
                }
            });
        }
    }

    /** The timeout after which a partial partition is emitted, or {@code null}. */
    Duration timeout() {
        return timeout;
    }

    /** The size of every emitted partition. */
    int size() {
        return n;
    }

    @Override
    String operatorName() {
        return "partition";
    }

    @Override
    String detail() {
        return String.valueOf(n);
    }

    @Override
    String graphvizShape() {
        return "diamond";
    }
}
