package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.PartitionBuffer;
import java.time.Duration;
import java.util.HashMap;
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
 * goes to the loop's {@link EventLoop#reportFailure}. The buffers are {@link PartitionBuffer},
 * shared with generated code. An element's metadata references are held until its partition
 * is emitted, which carries its members' metadata.
 */
final class PartitionNode<T> extends Stream<List<T>> {
    private final int n;
    private final Function<? super T, ?> key;
    /** Buffers by key; with no key function, the single key is {@code null}. */
    private final PartitionBuffer<Object> buffers;
    /** The metadata of the buffered elements, held until their partition is emitted. */
    private final HeldElements held = new HeldElements();

    private final Duration timeout;
    private final EventLoop loop;
    /** The pending timeout flush of each key whose buffer is partial; only with a timeout. */
    private final Map<Object, EventLoop.Cancellable> timers = new HashMap<>();
    /**
     * Set by {@link #closeNode}: an element still in flight when its graph was closed (closed from
     * a stage before this one) is refused, as a delay refuses it, rather than held for a timer.
     */
    private StreamClosedException closedBy;

    PartitionNode(Stream<T> upstream, int n, Function<? super T, ?> key) {
        this(upstream, n, null, key);
    }

    PartitionNode(Stream<T> upstream, int n, Duration timeout, Function<? super T, ?> key) {
        // The buffers check n, and the timeout is checked, before this node attaches to its upstream.
        this(upstream, new PartitionBuffer<Object>(n), n, checked(timeout), key);
    }

    private PartitionNode(
            Stream<T> upstream, PartitionBuffer<Object> buffers, int n, Duration timeout, Function<? super T, ?> key) {
        super(upstream);
        this.buffers = buffers;
        this.n = n;
        this.key = key;
        this.timeout = timeout;
        this.loop = timeout == null ? null : ensureLoop();
    }

    private static Duration checked(Duration timeout) {
        if (timeout != null) {
            Preconditions.duration("partition", "timeout", timeout, true);
        }
        return timeout;
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (closedBy != null && timeout != null) {
            throw closedBy;
        }
        Object k;
        try {
            k = key == null ? null : key.apply((T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        List<Object> full = buffers.add(k, held.hold(x));
        if (full == null) {
            if (timeout != null && !timers.containsKey(k)) {
                // The first element of a buffer: a buffer holding elements has a pending flush.
                timers.put(k, loop.schedule(timeout, () -> flushOnTimeout(k)));
            }
            return null;
        }
        EventLoop.Cancellable timer = timers.remove(k);
        if (timer != null) {
            timer.cancel();
        }
        return held.letGoAll(full, wrapper -> true, this::emitDownstream);
    }

    private void flushOnTimeout(Object k) {
        timers.remove(k);
        List<Object> partial = buffers.flush(k);
        if (partial == null) {
            return;
        }
        CompletableFuture<Void> pending;
        try {
            pending = held.letGoAll(partial, wrapper -> true, this::emitDownstream);
        } catch (Throwable e) {
            loop.reportFailure(e);
            return;
        }
        if (pending != null) {
            pending.whenComplete((value, failure) -> {
                if (failure != null) {
                    loop.reportFailure(Completions.unwrap(failure));
                }
            });
        }
    }

    @Override
    void closeNode(StreamClosedException why) {
        closedBy = why;
        timers.values().forEach(EventLoop.Cancellable::cancel);
        timers.clear();
        buffers.clear();
        held.releaseAll();
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
