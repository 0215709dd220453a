package io.streamz;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A node of a push-based stream graph: the Java port of streamz's {@code Stream}.
 *
 * <p>Data enters with {@link #emit} and flows synchronously, depth-first, to every downstream
 * in the order the downstreams were attached. Each operator method ({@link #map},
 * {@link #filter}, {@link #accumulate}, ...) attaches a new node downstream of this one and
 * returns it. An exception thrown by a stage reaches the {@code emit} caller unchanged (the
 * stage is named in a suppressed {@link StageFailure}); later siblings do not see that element.
 *
 * <p>Garbage collection follows streamz: a node holds its upstreams strongly and its
 * downstreams weakly, so a branch nobody references stops receiving data once collected.
 * Sinks stay alive without a reference, registered in {@link GlobalSinks} until destroyed.
 *
 * <p>Threading: a graph is used by one thread at a time; {@code emit} does no locking.
 *
 * @param <T> the type of the elements this node emits
 */
public class Stream<T> {
    static final CompletionStage<Void> DONE = CompletableFuture.completedStage(null);
    @SuppressWarnings("rawtypes")
    private static final WeakReference[] NO_DOWNSTREAMS = new WeakReference[0];

    private volatile String name;
    /** Strong references keep the chain above a referenced node alive, as in streamz. */
    private final List<Stream<?>> upstreams = new ArrayList<>(1);
    /** Weak, in attach order, copy-on-write so that emit iterates a snapshot without locking. */
    @SuppressWarnings("unchecked")
    private volatile WeakReference<Stream<?>>[] downstreams = NO_DOWNSTREAMS;

    /** A source node with no upstream. */
    public Stream() {
        this((String) null);
    }

    /** A source node with a stream name, shown in labels as {@code <name; Stream>}. */
    public Stream(String name) {
        this.name = name;
    }

    /** An operator node attached downstream of each distinct upstream, in order. */
    Stream(Stream<?>... upstreams) {
        for (Stream<?> upstream : upstreams) {
            Objects.requireNonNull(upstream, "upstream");
            if (!this.upstreams.contains(upstream)) {
                this.upstreams.add(upstream);
                upstream.addDownstream(this);
            }
        }
    }

    // ---------------------------------------------------------------- push

    /**
     * Pushes {@code x} into the graph at this point: every downstream receives it before this
     * method returns. The returned stage completes when every asynchronous stage downstream has
     * finished with {@code x}; for a synchronous graph it is already complete.
     */
    public final CompletionStage<Void> emit(T x) {
        CompletableFuture<Void> pending = emitDownstream(x);
        return pending == null ? DONE : pending.minimalCompletionStage();
    }

    /**
     * Receives an element from upstream {@code who}. The default passes it through. Returns a
     * future for pending asynchronous work, or {@code null} when nothing is pending.
     */
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        return emitDownstream(x);
    }

    /** streamz's {@code _emit}: hands {@code x} to every live downstream, depth-first, in attach order. */
    final CompletableFuture<Void> emitDownstream(Object x) {
        WeakReference<Stream<?>>[] targets = downstreams;
        CompletableFuture<Void> pending = null;
        for (WeakReference<Stream<?>> target : targets) {
            Stream<?> downstream = target.get();
            if (downstream == null) {
                pruneCollectedDownstreams();
                continue;
            }
            pending = Futures.and(pending, downstream.update(x, this));
        }
        return pending;
    }

    // ---------------------------------------------------------------- operators

    /** Applies {@code f} to every element and emits the result; a {@code null} result is emitted too. */
    public final <R> Stream<R> map(Function<? super T, ? extends R> f) {
        return new MapNode<>(this, f);
    }

    /** Emits the elements for which {@code predicate} holds. */
    public final Stream<T> filter(Predicate<? super T> predicate) {
        return new FilterNode<>(this, predicate);
    }

    /** Drops {@code null} and {@code Boolean.FALSE}, streamz's {@code filter(None)}. */
    public final Stream<T> filter() {
        return new FilterNode<>(this, null);
    }

    /** Emits the elements for which {@code predicate} does not hold. */
    public final Stream<T> remove(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return new FilterNode<>(this, predicate.negate(), "remove", predicate);
    }

    /**
     * Running state: {@code state = f(state, x)} for every element, emitting each new state. The
     * first state is {@code start}, which may be {@code null} (a real start value, as in streamz).
     * If {@code f} throws, the state is unchanged.
     */
    public final <S> Stream<S> accumulate(BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return AccumulateNode.folding(this, f, start);
    }

    /**
     * Running state without a start: the first element becomes the state and is emitted
     * unchanged ({@code f} is not called for it); then {@code state = f(state, x)}.
     */
    public final Stream<T> accumulate(BinaryOperator<T> f) {
        return AccumulateNode.foldingFromFirst(this, f);
    }

    /**
     * streamz's {@code accumulate(f, start, returns_state=True)}: {@code f} returns the new state
     * and, separately, the value to emit.
     */
    public final <S, R> Stream<R> accumulateReturningState(
            BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start) {
        return AccumulateNode.returningState(this, f, start);
    }

    /**
     * {@code returns_state=True} without a start: the first element becomes the state and is
     * emitted unchanged; from then on {@code f} returns the new state and the value to emit.
     */
    public final Stream<T> accumulateReturningState(BiFunction<? super T, ? super T, Accumulated<T, ? extends T>> f) {
        return AccumulateNode.returningStateFromFirst(this, f);
    }

    /**
     * Calls {@code consumer} on every element. The sink stays registered in {@link GlobalSinks}
     * (and so alive) until {@link Sink#destroy() destroyed}.
     */
    public final Sink<T> sink(Consumer<? super T> consumer) {
        return new Sink<>(this, consumer);
    }

    /**
     * Collects every element into a list. Unlike streamz, which returns a bare list, the
     * returned handle is both a live read-only view of that list and a way to destroy the sink.
     */
    public final ListSink<T> sinkToList() {
        return new ListSink<>(this);
    }

    // ---------------------------------------------------------------- graph

    /** The stream name given at construction or by {@link #named}, or {@code null}. */
    public final String name() {
        return name;
    }

    /** Sets the stream name shown in labels ({@code <name; map: f>}) and returns this node. */
    public final Stream<T> named(String name) {
        this.name = name;
        return this;
    }

    /** The upstream nodes in the order they were connected. */
    public final List<Stream<?>> upstreams() {
        synchronized (this) {
            return List.copyOf(upstreams);
        }
    }

    /** The live downstream nodes in attach order. */
    public final List<Stream<?>> downstreams() {
        List<Stream<?>> live = new ArrayList<>();
        for (WeakReference<Stream<?>> target : downstreams) {
            Stream<?> downstream = target.get();
            if (downstream != null) {
                live.add(downstream);
            }
        }
        return live;
    }

    /**
     * Attaches {@code downstream} after this node, as streamz's {@code connect}: it receives
     * everything this node emits from now on, after the downstreams attached before it.
     */
    public final void connect(Stream<? super T> downstream) {
        Objects.requireNonNull(downstream, "downstream");
        addDownstream(downstream);
        downstream.addUpstream(this);
    }

    /**
     * Detaches {@code downstream} from this node, as streamz's {@code disconnect}.
     *
     * @throws IllegalArgumentException if {@code downstream} is not connected to this node
     */
    public final void disconnect(Stream<?> downstream) {
        Objects.requireNonNull(downstream, "downstream");
        boolean wasDownstream = removeDownstream(downstream);
        boolean wasUpstream = downstream.removeUpstream(this);
        if (!wasDownstream && !wasUpstream) {
            throw new IllegalArgumentException(downstream + " is not connected downstream of " + this);
        }
    }

    /** Disconnects this node from all its upstreams: it receives nothing more. */
    public void destroy() {
        disconnectFromUpstreams();
    }

    /** Disconnects this node from the given upstreams only, as streamz's {@code destroy(streams)}. */
    public final void destroy(Stream<?>... fromUpstreams) {
        for (Stream<?> upstream : fromUpstreams) {
            upstream.disconnect(this);
        }
    }

    final void disconnectFromUpstreams() {
        for (Stream<?> upstream : upstreams()) {
            upstream.disconnect(this);
        }
    }

    final void addDownstream(Stream<?> downstream) {
        synchronized (this) {
            WeakReference<Stream<?>>[] old = downstreams;
            for (WeakReference<Stream<?>> target : old) {
                if (target.get() == downstream) {
                    return; // a set, as in streamz: re-adding keeps the original position
                }
            }
            WeakReference<Stream<?>>[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = new WeakReference<>(downstream);
            downstreams = grown;
        }
    }

    final boolean removeDownstream(Stream<?> downstream) {
        synchronized (this) {
            return retainDownstreams(downstream);
        }
    }

    final void addUpstream(Stream<?> upstream) {
        synchronized (this) {
            if (upstreams.contains(upstream)) {
                return;
            }
            upstreams.add(upstream);
        }
        upstreamAdded(upstream);
    }

    final boolean removeUpstream(Stream<?> upstream) {
        boolean removed;
        synchronized (this) {
            removed = upstreams.remove(upstream);
        }
        if (removed) {
            upstreamRemoved(upstream);
        }
        return removed;
    }

    /** Called after {@link #connect} adds an upstream; joins override it to grow per-input state. */
    void upstreamAdded(Stream<?> upstream) {}

    /** Called after an upstream is disconnected; joins override it to drop per-input state. */
    void upstreamRemoved(Stream<?> upstream) {}

    private void pruneCollectedDownstreams() {
        synchronized (this) {
            retainDownstreams(null);
        }
    }

    /** Drops collected references and {@code removed}; returns whether {@code removed} was found. Holds the lock. */
    private boolean retainDownstreams(Stream<?> removed) {
        WeakReference<Stream<?>>[] old = downstreams;
        List<WeakReference<Stream<?>>> kept = new ArrayList<>(old.length);
        boolean found = false;
        for (WeakReference<Stream<?>> target : old) {
            Stream<?> downstream = target.get();
            if (downstream == null) {
                continue;
            }
            if (downstream == removed) {
                found = true;
                continue;
            }
            kept.add(target);
        }
        downstreams = kept.toArray(Arrays.copyOf(old, 0));
        return found;
    }

    // ---------------------------------------------------------------- labels

    /** The operator's name as streamz prints it: {@code map}, {@code sink}, ...; {@code Stream} for a plain node. */
    String operatorName() {
        return "Stream";
    }

    /** The operator's parameter shown in labels (a function's name, a size, an interval), or {@code null}. */
    String detail() {
        return null;
    }

    /** The label streamz prints inside angle brackets: {@code map: inc}, {@code out; sink: print}. */
    public final String label() {
        String detail = detail();
        String body = detail == null ? operatorName() : operatorName() + ": " + detail;
        String streamName = name;
        return streamName == null ? body : streamName + "; " + body;
    }

    /** streamz's {@code str()}: {@code <map: inc>}. */
    @Override
    public String toString() {
        return "<" + label() + ">";
    }
}
