package io.streamz;

import io.streamz.internal.Completions;
import io.streamz.internal.EmitStage;
import io.streamz.internal.Failures;
import io.streamz.internal.LoopTasks;
import io.streamz.internal.MeterGroup;
import io.streamz.internal.StageMeter;
import io.streamz.metrics.PipelineMetrics;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
 * <p>Threading: a graph without an {@link EventLoop} runs on the thread that calls
 * {@code emit}, one thread at a time, with no locking. A graph attached to a loop (given to
 * {@link #Stream(EventLoop)}, or the {@linkplain EventLoop#shared() shared loop} that a time
 * operator attaches) runs every stage on the loop thread; see {@link EventLoop} for the contract.
 *
 * @param <T> the type of the elements this node emits
 */
public class Stream<T> implements AutoCloseable {
    static final CompletionStage<Void> DONE = CompletableFuture.completedStage(null);

    static {
        Failures.preload(); // the failure path must not meet class initialisation at a stack overflow
    }

    @SuppressWarnings("rawtypes")
    private static final WeakReference[] NO_DOWNSTREAMS = new WeakReference[0];

    /** Creation order, so that rendered graphs are numbered the same whichever node draws them. */
    private static final AtomicLong CREATED = new AtomicLong();

    private final long serial = CREATED.incrementAndGet();
    private volatile String name;
    /** The loop this node's graph runs on, or null for a purely synchronous graph; one per connected graph. */
    private volatile EventLoop loop;
    /** Strong references keep the chain above a referenced node alive, as in streamz. */
    private final List<Stream<?>> upstreams = new ArrayList<>(1);
    /** Weak, in attach order, copy-on-write so that emit iterates a snapshot without locking. */
    @SuppressWarnings("unchecked")
    private volatile WeakReference<Stream<?>>[] downstreams = NO_DOWNSTREAMS;
    /**
     * {@code downstreams[0]} while it is the only downstream, else {@code null}: the hot
     * operators' dispatch reads this one field instead of the array, its length and its element.
     * Written right after {@link #downstreams}, under the same lock.
     */
    private volatile WeakReference<Stream<?>> soleDownstream;
    /**
     * The only downstream, held strongly, while it is a {@linkplain Sink#registered() registered}
     * sink (then {@link #soleDownstream} is null): such a sink is reachable from
     * {@link GlobalSinks} anyway, so this keeps nothing alive that the weak reference would not.
     * Dropped when the sink is destroyed or the registry cleared. It spares the hot path
     * {@code Reference.get}, whose G1 barrier also stops C2 from keeping other loads in registers.
     */
    private volatile Stream<?> soleSink;
    /**
     * Set once by {@link #close()}, on the graph's thread (the loop's, or the only thread of a
     * graph without one), which is where {@link #emit} reads it: plain, so that the hot path pays
     * no volatile read. Another thread reads it only for a best-effort early failure; a foreign
     * emit is checked again on the loop.
     */
    private boolean closed;
    /** Where this stage's own failures go as {@link FailedElement}s, or {@code null}: they are thrown. */
    private volatile Stream<? super FailedElement> failureRoute;
    /**
     * This stage's meter while its graph is measured ({@link #withMetrics}), else {@code null}. A
     * measured node has no sole downstream, so that every element goes through
     * {@link #emitDownstream}, the one place that reads this field on the way of an element.
     */
    private volatile StageMeter meter;

    /** A source node with no upstream. */
    public Stream() {
        this((String) null);
    }

    /**
     * A source node with a stream name, shown in labels as {@code <name; Stream>}.
     *
     * @param name the name
     */
    public Stream(String name) {
        this.name = name;
    }

    /**
     * A source node whose graph runs on {@code loop}: the seed's {@code Source()}. Emits from
     * other threads hop onto the loop.
     *
     * @param loop the event loop
     */
    public Stream(EventLoop loop) {
        this(null, loop);
    }

    /**
     * A named source node whose graph runs on {@code loop}.
     *
     * @param name the name
     * @param loop the event loop
     */
    public Stream(String name, EventLoop loop) {
        this.name = name;
        this.loop = Preconditions.notNull("Stream", "loop", loop);
    }

    /**
     * An operator node attached downstream of each distinct upstream, in order. It runs on its
     * upstreams' loop.
     *
     * @throws IllegalStateException if the upstreams run on different loops
     */
    Stream(Stream<?>... upstreams) {
        EventLoop inherited = null;
        for (Stream<?> upstream : upstreams) {
            Objects.requireNonNull(upstream, "upstream");
            if (upstream.closed) { // a closed graph stays closed: nothing attaches to it
                throw upstream.closedFor("attach a stage to " + upstream);
            }
            inherited = sameLoop(inherited, upstream.loop, upstream);
        }
        this.loop = inherited;
        for (Stream<?> upstream : upstreams) {
            StageMeter measured = upstream.meter;
            if (measured != null && meter == null) {
                meter = newMeter(measured.group()); // a node attached to a measured graph is measured too
            }
        }
        for (Stream<?> upstream : upstreams) {
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
     * finished with {@code x}; for a synchronous graph it is already complete. An element that
     * waits in a join for partners counts as accepted: the tuple's work is carried by the emit
     * that completes the tuple.
     *
     * <p>On a graph attached to an {@link EventLoop}, a call from another thread hops onto the
     * loop: it returns at once, {@code x} goes through on the loop thread, and an exception
     * thrown by a stage completes the returned stage exceptionally instead of being thrown.
     *
     * @param x the element
     * @return a stage that completes when every asynchronous stage downstream has finished with {@code x}
     */
    public final CompletionStage<Void> emit(T x) {
        EventLoop l = loop;
        if (l != null && !l.inLoop()) {
            return emitOnLoop(l, x, EmitStage.pending(l));
        }
        if (closed) {
            throw closedFor("emit into " + this);
        }
        CompletableFuture<Void> pending;
        try {
            // a fresh emit carries no metadata: only one made while an element's is current resets it
            pending = Metadata.current() != null ? Metadata.pushWith(null, () -> emitFromSource(x)) : emitFromSource(x);
        } catch (StackOverflowError overflow) { // in the stages' own dispatch: no stage caught it
            throw new StageOverflowException(label(), overflow);
        }
        return pending == null ? DONE : EmitStage.of(pending, l);
    }

    /**
     * streamz's {@code emit(x, metadata=...)}: {@link #emit(Object)} with metadata travelling
     * with {@code x}, a list of maps. A {@link RefCounter} under the key {@code "ref"} in any of
     * them is held while {@code x} goes through and until the returned stage completes, and by
     * every stage that keeps {@code x} for later until it lets go; stages that emit a collection
     * carry their members' metadata, concatenated. {@link #metadata()} shows it. Without
     * metadata (an empty list) this is {@link #emit(Object)}.
     *
     * @param x the element
     * @param metadata the metadata
     * @return a stage that completes when every asynchronous stage downstream has finished with {@code x}
     * @throws NullPointerException naming this node if {@code metadata} or one of its maps is {@code null}
     */
    @SuppressWarnings("unchecked")
    public final CompletionStage<Void> emit(T x, List<? extends Map<String, ?>> metadata) {
        if (metadata == null) {
            throw new NullPointerException("emit into " + this + ": metadata must not be null (emit(x) emits without)");
        }
        for (int i = 0; i < metadata.size(); i++) {
            if (metadata.get(i) == null) {
                throw new NullPointerException("emit into " + this + ": metadata[" + i + "] must not be null");
            }
        }
        List<Map<String, Object>> carried = (List<Map<String, Object>>) (List<?>) List.copyOf(metadata);
        if (carried.isEmpty()) {
            return emit(x);
        }
        EventLoop l = loop;
        if (l != null && !l.inLoop()) {
            return emitOnLoop(l, x, carried);
        }
        if (closed) {
            throw closedFor("emit into " + this);
        }
        CompletableFuture<Void> pending;
        try {
            pending = Metadata.pushWith(carried, () -> emitFromSource(x));
        } catch (StackOverflowError overflow) { // in the stages' own dispatch: no stage caught it
            throw new StageOverflowException(label(), overflow);
        }
        return pending == null ? DONE : EmitStage.of(pending, l);
    }

    /**
     * {@link #emit(Object, List)} from another thread: as {@link #emit(Object)} hands over, with
     * the references held from here until the element's work is done, also when the loop refuses
     * the element or closes before running it (a reference never released would hold back, e.g.,
     * a Kafka offset commit for ever).
     */
    private CompletionStage<Void> emitOnLoop(EventLoop l, T x, List<Map<String, Object>> carried) {
        if (closed) {
            throw closedFor("emit into " + this);
        }
        EmitStage done = EmitStage.pending(l);
        Metadata.retain(carried); // held while the element waits for the loop
        // once only: a loop may abandon the task and also refuse it, or run it after abandoning it
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                Metadata.release(carried);
            }
        };
        try {
            handOff(l, LoopTasks.task(() -> done.relay(() -> emitHereFromOutside(x, carried, release)), failure -> {
                release.run();
                done.settle(failure);
            }));
        } catch (RuntimeException refused) {
            release.run();
            throw refused;
        }
        return done;
    }

    /**
     * The metadata of every element that carries some, as streamz's tests observe it: a list of
     * maps, the concatenation of the members' metadata for a stage that emits a collection.
     *
     * @return the new node, downstream of this one
     */
    public final Stream<List<Map<String, Object>>> metadata() {
        return new MetadataNode(this);
    }

    /**
     * {@link #emitDownstream} with the sole-downstream case written out, as in {@link MapNode}: a
     * call site of its own lets the JIT inline the whole chain into the caller of {@code emit}
     * (the shared loop, compiled once for every operator, is too big to be inlined there).
     */
    private CompletableFuture<Void> emitFromSource(Object x) {
        Stream<?> only = soleSink;
        if (only == null) {
            WeakReference<Stream<?>> sole = soleDownstream;
            if (sole == null || (only = sole.get()) == null) {
                return emitDownstreamFromHere(x);
            }
        }
        return Futures.and(null, only.update(x, this));
    }

    /** {@link #emitDownstream} of an element emitted into this node: a measured node counts it in. */
    private CompletableFuture<Void> emitDownstreamFromHere(Object x) {
        StageMeter m = meter;
        if (m != null) {
            m.countIn();
        }
        return emitDownstream(x);
    }

    /**
     * {@link #emit} for a caller that reports every failure of the returned stage itself (a
     * {@link Source}'s run): a foreign emit's failure is not also reported as unheard.
     */
    final CompletionStage<Void> emitReportedByCaller(T x) {
        EventLoop l = loop;
        return l != null && !l.inLoop() ? emitOnLoop(l, x, EmitStage.unreported()) : emit(x);
    }

    private CompletionStage<Void> emitOnLoop(EventLoop l, T x, EmitStage done) {
        if (closed) {
            throw closedFor("emit into " + this);
        }
        handOff(l, LoopTasks.task(() -> done.relay(() -> emitHereFromOutside(x)), done::settle));
        return done;
    }

    /** On the loop: the handed-over element with its metadata; {@code release} runs once its work is done. */
    private CompletableFuture<Void> emitHereFromOutside(Object x, List<Map<String, Object>> carried, Runnable release) {
        CompletableFuture<Void> work;
        try {
            if (closed) {
                throw closedFor("emit into " + this);
            }
            work = Metadata.pushWith(carried, () -> emitDownstreamFromHere(x));
        } catch (RuntimeException | Error e) {
            release.run();
            throw e;
        }
        if (work == null) {
            release.run();
        } else {
            work.whenComplete((value, failure) -> release.run());
        }
        return work;
    }

    private CompletableFuture<Void> emitHereFromOutside(Object x) {
        if (closed) {
            throw closedFor("emit into " + this);
        }
        return Metadata.used() ? Metadata.pushWith(null, () -> emitDownstreamFromHere(x)) : emitDownstreamFromHere(x);
    }

    /**
     * Hands {@code task} to {@code l} from another thread, within the loop's hand-off bound.
     *
     * @throws LoopClosedException naming this node if the loop is closed
     */
    private void handOff(EventLoop l, LoopTasks.Task task) {
        try {
            l.handOff(task);
        } catch (RejectedExecutionException refused) {
            throw l.isClosed() ? new LoopClosedException(l, "emit into " + this) : refused;
        }
    }

    /**
     * Runs {@code push}, which hands something downstream of this node, where the graph runs:
     * inline without a loop or on the loop thread, else on the loop (returning at once). The
     * returned stage is what {@link #emit} returns for the work {@code push} left pending.
     */
    final CompletionStage<Void> pushWhereTheGraphRuns(String what, Supplier<CompletableFuture<Void>> push) {
        Supplier<CompletableFuture<Void>> checked = () -> {
            if (closed) {
                throw closedFor(what + " " + this);
            }
            return push.get();
        };
        EventLoop l = loop;
        if (l == null || l.inLoop()) {
            return EmitStage.of(checked.get(), l);
        }
        EmitStage done = EmitStage.pending(l);
        handOff(l, LoopTasks.task(() -> done.relay(checked), done::settle));
        return done;
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Closes the whole graph this node is part of (every node connected to it, upstream or
     * downstream): timers stop ({@code timedWindow}, {@code delay}, {@code rateLimit},
     * {@code partition} timeouts), what buffers and delays hold is discarded, the emit futures
     * still pending on it ({@code delay}, {@code rateLimit}, producers waiting for room in a
     * {@code buffer} or {@code mapAsync} slot, a {@code zip} input over its {@code maxsize})
     * complete exceptionally with a {@link StreamClosedException}, its sinks leave
     * {@link GlobalSinks} (so that the graph can be collected), its {@link Source}s stop, and any
     * later {@link #emit} into
     * any of its nodes throws that exception at once. The loop is not closed: other graphs may
     * share it. Like the other graph changes, it runs on the graph's loop, after the emits this
     * thread already handed over; closing twice does nothing.
     *
     * <p>A closed graph stays closed: attaching a stage to one of its nodes and {@link #connect}
     * to or from one throw a {@link StreamClosedException} before anything changes, and
     * {@link #start()} does nothing. Called from a stage of the graph itself, close lets the element being delivered go
     * on through the synchronous stages after it; a stage that would keep it for a timer or
     * asynchronous work refuses it with the graph's {@link StreamClosedException}.
     *
     * <p>Close discards: to deliver what a graph holds first, wait for it before closing, e.g.
     * {@link #emitAndWait} the last element when its future covers the work you care about.
     *
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own
     */
    @Override
    public void close() {
        onLoopAndWait(() -> {
            StreamClosedException why = new StreamClosedException("the graph of " + this + " was closed");
            for (Stream<?> node : connectedGraph(this)) {
                if (!node.closed) {
                    node.closed = true;
                    node.closeQuietly(why);
                }
            }
            return null;
        });
    }

    /** Stops a source and lets go of what this node holds; a failure doing so is reported, and close goes on. */
    private void closeQuietly(StreamClosedException why) {
        try {
            stopNode();
            closeNode(why);
        } catch (Throwable e) {
            EventLoop l = loop;
            if (l == null) {
                UncaughtFailures.report(e);
            } else {
                l.reportFailure(e);
            }
        }
    }

    /**
     * Whether {@link #close()} closed this node's graph, as the graph's own thread sees it (from
     * another thread, after {@code close()} returned there or on the loop).
     *
     * @return whether this node's graph is closed
     */
    public final boolean isClosed() {
        return closed;
    }

    /**
     * Called once by {@link #close()}, on the graph's thread: stop timers, fail pending futures
     * with {@code why}, discard what is held, let go of registrations. Nodes holding any override it.
     */
    void closeNode(StreamClosedException why) {}

    private StreamClosedException closedFor(String what) {
        return new StreamClosedException(what);
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
        StageMeter m = meter;
        if (m != null) {
            return emitDownstreamMeasured(x, m);
        }
        WeakReference<Stream<?>>[] targets = downstreams;
        CompletableFuture<Void> pending = null;
        for (WeakReference<Stream<?>> target : targets) {
            Stream<?> downstream = target.get();
            if (downstream == null) {
                pruneCollectedDownstreams();
                continue;
            }
            try {
                pending = Futures.and(pending, downstream.update(x, this));
            } catch (StackOverflowError overflow) {
                throw new StageOverflowException(
                        downstream.label(), overflow); // if this overflows too, a caller retries
            }
        }
        return pending;
    }

    /**
     * {@link #emitDownstream} in a measured graph: counts {@code x} out of this node and into each
     * measured downstream, records a sink's latency, and starts the element's clock if it is the
     * first dispatch of an element on its way (emitted here, or handed on from the loop).
     */
    private CompletableFuture<Void> emitDownstreamMeasured(Object x, StageMeter m) {
        MeterGroup group = m.group();
        boolean entered = group.enter();
        try {
            m.countOut();
            CompletableFuture<Void> pending = null;
            for (WeakReference<Stream<?>> target : downstreams) {
                Stream<?> downstream = target.get();
                if (downstream == null) {
                    pruneCollectedDownstreams();
                    continue;
                }
                StageMeter received = downstream.meter;
                if (received != null) {
                    received.countIn();
                    if (received.isSink()) {
                        received.group().sinkReached(received);
                    }
                }
                try {
                    pending = Futures.and(pending, downstream.update(x, this));
                } catch (StackOverflowError overflow) {
                    throw new StageOverflowException(downstream.label(), overflow);
                }
            }
            return pending;
        } finally {
            group.exit(entered);
        }
    }

    // ---------------------------------------------------------------- metrics

    /**
     * Measures every stage of this node's graph into {@code metrics} (Reactor's
     * {@code Flux.metrics()}, for a whole graph): elements in, out and failed per stage, what
     * buffers, {@code mapAsync}, {@code delay} and {@code rateLimit} hold, the loop's foreign
     * hand-off queue, and each sink's latency from an element entering the graph (emitted into
     * it, or handed on by a stage on the loop) to reaching the sink. Stages attached to the
     * graph later are measured too. A stage is listed under its {@linkplain #named stream name},
     * else its label, when it sees its first element. One {@code metrics} per graph: a graph
     * runs on one thread at a time, and so does its latency clock. A graph without metrics pays
     * nothing for them (its elements take the same path as before this method existed).
     *
     * <p>Like the other graph changes, it runs on the graph's loop, after the emits this thread
     * already handed over.
     *
     * @param metrics where the graph's figures go, made by {@link PipelineMetrics#create}
     * @return this node
     * @throws IllegalArgumentException if {@code metrics} was not made by {@link PipelineMetrics#create}
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own
     */
    public final Stream<T> withMetrics(PipelineMetrics metrics) {
        Preconditions.notNull("withMetrics", "metrics", metrics);
        MeterGroup group = MeterGroup.of(metrics);
        changeGraph(() -> {
            List<Stream<?>> graph = connectedGraph(this);
            for (Stream<?> node : graph) {
                StageMeter current = node.meter;
                if (current == null || current.group() != group) {
                    node.meter = node.newMeter(group);
                }
            }
            for (Stream<?> node : graph) {
                node.refreshSoleDownstream();
            }
            WeakReference<Stream<?>> self = new WeakReference<>(this);
            group.handOffFrom(() -> {
                Stream<?> node = self.get();
                EventLoop l = node == null ? null : node.loop;
                return l instanceof ScheduledEventLoop ? ((ScheduledEventLoop) l).handedOff() : 0;
            });
        });
        return this;
    }

    /** A meter of this node in {@code group}, holding the node weakly (metrics keep no branch alive). */
    private StageMeter newMeter(MeterGroup group) {
        WeakReference<Stream<?>> self = new WeakReference<>(this);
        return group.lazyStage(
                () -> {
                    Stream<?> node = self.get();
                    return node == null ? null : node.name != null ? node.name : node.label();
                },
                () -> {
                    Stream<?> node = self.get();
                    return node == null ? "Stream" : node.operatorName();
                },
                this instanceof Sink,
                holdsElements()
                        ? () -> {
                            Stream<?> node = self.get();
                            return node == null ? 0 : node.depth();
                        }
                        : null);
    }

    /** Whether this kind of node holds elements for later, so that {@link #depth()} is measured. */
    boolean holdsElements() {
        return false;
    }

    /** What this node holds now, for metrics: read from any thread, so approximate off the graph's thread. */
    long depth() {
        return 0;
    }

    /** A failure of this stage's own code, counted if the graph is measured. */
    final void countFailure(Throwable failure) {
        StageMeter m = meter;
        if (m != null) {
            m.recordFailure(failure);
        }
    }

    // ---------------------------------------------------------------- failures

    /**
     * Routes this stage's own failures to {@code errors} instead of failing: when this stage's
     * function throws (any {@link Throwable}, an undeclared checked exception included), when it
     * rejects its input (a bad {@code pluck} index, a non-iterable {@code flatten} element), or
     * when the asynchronous work it started fails ({@code sinkAsync}, {@code mapAsync}), a
     * {@link FailedElement} of this stage's label, the element and the failure is emitted into
     * {@code errors}, the element goes no further here, and the emit goes on: later siblings
     * still receive it, and later elements flow (Reactor's {@code onErrorContinue}, Akka's
     * {@code Supervision.resume}, with the failures kept as data, as Flink's side outputs).
     * Failures of later stages are theirs to route; a {@link StageOverflowException} and a
     * {@link VirtualMachineError} are never routed. {@code errors} is an ordinary stream,
     * shared by as many stages as you like; a failure in its own graph reaches whoever the
     * failing stage's failure would have reached, the original failure suppressed on it.
     *
     * @param errors the stream that receives the failed elements
     * @return this stage
     */
    public Stream<T> routeFailuresTo(Stream<? super FailedElement> errors) {
        this.failureRoute = Preconditions.notNull("routeFailuresTo", "errors", errors);
        return this;
    }

    /**
     * Makes this stage fail again (the default): its failures reach the emit caller or its future.
     *
     * @return this stage
     */
    public Stream<T> failOnFailure() {
        this.failureRoute = null;
        return this;
    }

    /**
     * This stage's own code failed on {@code x}: emits the failure into the stage's error route,
     * returning the route's pending work ({@code x} is dropped here), or, without a route,
     * rethrows it with this stage named ({@link Failures#named}).
     */
    final CompletableFuture<Void> failed(Object x, Throwable failure) {
        boolean ours = StageFailure.stageOf(failure) == null; // else a stage it passed through first decides
        String label = label();
        Throwable named = Failures.named(label, failure);
        if (ours) {
            countFailure(named);
        }
        Stream<? super FailedElement> route = failureRoute;
        if (route == null || !ours || Failures.isFatal(named)) {
            throw Failures.propagate(named);
        }
        return route.routeFailure(new FailedElement(label, x, named));
    }

    /**
     * The work still pending on {@code stage}, which this stage's user code returned for
     * {@code x} ({@code sinkAsync}): {@code null} if it already completed normally, else a future
     * completing with it; a failure is named after this stage and, if the stage routes its
     * failures, routed from the loop instead (the future then completes with the route's work).
     */
    final CompletableFuture<Void> pendingOn(Object x, CompletionStage<?> stage) {
        if (stage.getClass() == CompletableFuture.class && Completions.isSettled((CompletableFuture<?>) stage)) {
            return null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                done.complete(null);
                return;
            }
            Throwable named = Failures.named(label(), Completions.unwrap(failure));
            countFailure(named);
            if (failureRoute == null || Failures.isFatal(named)) {
                done.completeExceptionally(named);
            } else {
                onLoop(() -> Completions.relay(() -> routeIfAsked(x, named), done), done);
            }
        });
        return done;
    }

    /** Runs {@code task} on this graph's loop (inline without one, or on it); fails {@code done} if the loop refuses. */
    final void onLoop(Runnable task, CompletableFuture<Void> done) {
        EventLoop l = loop;
        if (l == null || l.inLoop()) {
            task.run();
            return;
        }
        try {
            l.execute(task);
        } catch (RuntimeException refused) {
            done.completeExceptionally(refused);
        }
    }

    /**
     * The asynchronous work this stage started on {@code x} failed with {@code failure} (already
     * named): routed as {@link #failed} does, or {@code null} if this stage has no route (the
     * caller then passes the failure on).
     */
    final CompletableFuture<Void> routeIfAsked(Object x, Throwable failure) {
        Stream<? super FailedElement> route = failureRoute;
        if (route == null || Failures.isFatal(failure)) {
            return null;
        }
        return route.routeFailure(new FailedElement(label(), x, failure));
    }

    /** Whether failures of this stage are routed rather than failing. */
    final boolean routesFailures() {
        return failureRoute != null;
    }

    /** The stream this stage routes its failures to, or {@code null}: for drawing the graph. */
    final Stream<?> failureRouteTarget() {
        return failureRoute;
    }

    /**
     * Emits {@code failure} into this error stream, carrying the metadata of the element that
     * failed (its references held until the error stream's work on it is done); a failure doing
     * so keeps the routed one suppressed.
     */
    @SuppressWarnings("unchecked")
    private CompletableFuture<Void> routeFailure(FailedElement failure) {
        Stream<Object> errors = (Stream<Object>) this;
        try {
            List<Map<String, Object>> carried = Metadata.current();
            return Completions.of(
                    carried == null || carried.isEmpty() || closed
                            ? errors.emit(failure)
                            : errors.emit(failure, carried));
        } catch (Throwable routing) {
            routing.addSuppressed(failure.error());
            throw Failures.propagate(routing);
        }
    }

    // ---------------------------------------------------------------- operators

    /**
     * Applies {@code f} to every element and emits the result; a {@code null} result is emitted too.
     *
     * @param <R> the type of the results
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final <R> Stream<R> map(Function<? super T, ? extends R> f) {
        return new MapNode<>(this, Preconditions.notNull("map", "f", f));
    }

    /**
     * Emits the elements for which {@code predicate} holds.
     *
     * @param predicate the predicate
     * @return the new node, downstream of this one
     */
    public final Stream<T> filter(Predicate<? super T> predicate) {
        return new FilterNode<>(this, Preconditions.notNull("filter", "predicate", predicate));
    }

    /**
     * Drops {@code null} and {@code Boolean.FALSE}, streamz's {@code filter(None)}.
     *
     * @return the new node, downstream of this one
     */
    public final Stream<T> filter() {
        return new FilterNode<>(this, null);
    }

    /**
     * Emits the elements for which {@code predicate} does not hold.
     *
     * @param predicate the predicate
     * @return the new node, downstream of this one
     */
    public final Stream<T> remove(Predicate<? super T> predicate) {
        Preconditions.notNull("remove", "predicate", predicate);
        return new FilterNode<>(this, predicate.negate(), "remove", predicate);
    }

    /**
     * Running state: {@code state = f(state, x)} for every element, emitting each new state. The
     * first state is {@code start}, which may be {@code null} (a real start value, as in streamz).
     * If {@code f} throws, the state is unchanged.
     *
     * @param <S> the type of the state
     * @param f the function
     * @param start the initial state
     * @return the new node, downstream of this one
     */
    public final <S> Stream<S> accumulate(BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return AccumulateNode.folding(this, Preconditions.notNull("accumulate", "f", f), start);
    }

    /**
     * streamz's {@code scan}, its alias of {@link #accumulate(BiFunction, Object)}. Unlike
     * RxJava's and Reactor's {@code scan}, {@code start} itself is not emitted: the first element
     * emitted is {@code f(start, x)}.
     *
     * @param <S> the type of the state
     * @param f the function
     * @param start the initial state
     * @return the new node, downstream of this one
     */
    public final <S> Stream<S> scan(BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return AccumulateNode.folding(this, Preconditions.notNull("scan", "f", f), start);
    }

    /**
     * streamz's {@code scan} without a start, its alias of {@link #accumulate(BinaryOperator)}.
     *
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final Stream<T> scan(BinaryOperator<T> f) {
        return AccumulateNode.foldingFromFirst(this, Preconditions.notNull("scan", "f", f));
    }

    /**
     * Running state without a start: the first element becomes the state and is emitted
     * unchanged ({@code f} is not called for it); then {@code state = f(state, x)}.
     *
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final Stream<T> accumulate(BinaryOperator<T> f) {
        return AccumulateNode.foldingFromFirst(this, Preconditions.notNull("accumulate", "f", f));
    }

    /**
     * streamz's {@code accumulate(f, start, returns_state=True)}: {@code f} returns the new state
     * and, separately, the value to emit.
     *
     * @param <S> the type of the state
     * @param <R> the type of the results
     * @param f the function
     * @param start the initial state
     * @return the new node, downstream of this one
     */
    public final <S, R> Stream<R> accumulateReturningState(
            BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start) {
        return AccumulateNode.returningState(this, Preconditions.notNull("accumulateReturningState", "f", f), start);
    }

    /**
     * {@code returns_state=True} without a start: the first element becomes the state and is
     * emitted unchanged; from then on {@code f} returns the new state and the value to emit.
     *
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final Stream<T> accumulateReturningState(BiFunction<? super T, ? super T, Accumulated<T, ? extends T>> f) {
        return AccumulateNode.returningStateFromFirst(this, Preconditions.notNull("accumulateReturningState", "f", f));
    }

    /**
     * streamz's {@code accumulate(f, start, with_state=True)}: {@link #accumulate(BiFunction, Object)}
     * emitting the state alongside the result, as {@code Accumulated(state, state)}.
     *
     * @param <S> the type of the state
     * @param f the function
     * @param start the initial state
     * @return the new node, downstream of this one
     */
    public final <S> Stream<Accumulated<S, S>> accumulateWithState(
            BiFunction<? super S, ? super T, ? extends S> f, S start) {
        return AccumulateNode.foldingWithState(this, Preconditions.notNull("accumulateWithState", "f", f), start);
    }

    /**
     * {@code with_state=True} without a start: the first element {@code x} emits
     * {@code Accumulated(x, x)} ({@code f} is not called for it), then as
     * {@link #accumulateWithState(BiFunction, Object)}.
     *
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final Stream<Accumulated<T, T>> accumulateWithState(BinaryOperator<T> f) {
        return AccumulateNode.foldingFromFirstWithState(this, Preconditions.notNull("accumulateWithState", "f", f));
    }

    /**
     * {@link #accumulate(BiFunction, Object)} whose state goes back to {@code start} whenever
     * {@code reset} emits anything (streamz issue #65, PR #249): {@code reset} is a second
     * upstream of this stage (drawn as such, started by {@link #start()}); its elements emit
     * nothing. The start object is reused as it is, never copied.
     *
     * @param <S> the type of the state
     * @param f the function
     * @param start the initial state
     * @param reset the stream whose every element resets the state to {@code start}
     * @return the new node, downstream of this one
     * @throws IllegalArgumentException if {@code reset} is this stream
     */
    public final <S> Stream<S> accumulate(BiFunction<? super S, ? super T, ? extends S> f, S start, Stream<?> reset) {
        return AccumulateNode.foldingWithReset(
                this,
                Preconditions.notNull("accumulate", "f", f),
                start,
                Preconditions.notNull("accumulate", "reset", reset));
    }

    /**
     * {@link #accumulateWithState(BiFunction, Object)} reset to {@code start} by every element of {@code reset}.
     *
     * @param <S> the type of the state
     * @param f the function
     * @param start the initial state
     * @param reset the stream whose every element resets the state to {@code start}
     * @return the new node, downstream of this one
     */
    public final <S> Stream<Accumulated<S, S>> accumulateWithState(
            BiFunction<? super S, ? super T, ? extends S> f, S start, Stream<?> reset) {
        return AccumulateNode.foldingWithStateAndReset(
                this,
                Preconditions.notNull("accumulateWithState", "f", f),
                start,
                Preconditions.notNull("accumulateWithState", "reset", reset));
    }

    /**
     * {@link #accumulateReturningState(BiFunction, Object)} whose state goes back to {@code start}
     * whenever {@code reset} emits anything, as {@link #accumulate(BiFunction, Object, Stream)}.
     *
     * @param <S> the type of the state
     * @param <R> the type of the results
     * @param f the function
     * @param start the initial state
     * @param reset the stream whose every element resets the state to {@code start}
     * @return the new node, downstream of this one
     * @throws IllegalArgumentException if {@code reset} is this stream
     */
    public final <S, R> Stream<R> accumulateReturningState(
            BiFunction<? super S, ? super T, Accumulated<S, R>> f, S start, Stream<?> reset) {
        return AccumulateNode.returningStateWithReset(
                this,
                Preconditions.notNull("accumulateReturningState", "f", f),
                start,
                Preconditions.notNull("accumulateReturningState", "reset", reset));
    }

    /**
     * streamz's {@code frequencies()}: after each element, the count of every element seen so
     * far, as a read-only map in the order elements first came. Each map is a new snapshot, as
     * streamz's {@code toolz.assoc} copies (so it costs the number of distinct elements).
     *
     * @return the new node, downstream of this one
     */
    public final Stream<Map<T, Long>> frequencies() {
        return AccumulateNode.folding(this, Frequencies.<T>update(), Map.<T, Long>of());
    }

    /**
     * Calls {@code consumer} on every element. The sink stays registered in {@link GlobalSinks}
     * (and so alive) until {@link Sink#destroy() destroyed}.
     *
     * @param consumer the consumer
     * @return the sink, alive until it is destroyed
     */
    public final Sink<T> sink(Consumer<? super T> consumer) {
        return new Sink<>(this, Preconditions.notNull("sink", "consumer", consumer));
    }

    /**
     * Collects every element into a list. Unlike streamz, which returns a bare list, the
     * returned handle is both a live read-only view of that list and a way to destroy the sink.
     *
     * @return the sink, whose live list holds every element so far
     */
    public final ListSink<T> sinkToList() {
        return new ListSink<>(this);
    }

    /**
     * streamz's {@code sink_to_textfile}: appends {@code String.valueOf(x)} and a newline to
     * {@code file} (created if missing) for every element, flushed at once. {@link Sink#destroy()}
     * closes the file, as does collecting the sink once it left {@link GlobalSinks}.
     *
     * @param file the file
     * @return the sink; {@code destroy()} closes the file
     * @throws java.io.UncheckedIOException if the file cannot be opened; a failed write fails that emit
     */
    public final Sink<T> sinkToTextFile(Path file) {
        Preconditions.notNull("sinkToTextFile", "file", file);
        return new Sink<>(this, new TextFileWriter(file));
    }

    // ---------------------------------------------------------------- synchronous operators
    // Flow control, joins and helpers; each operator's logic lives in its own XxxNode class.

    /**
     * streamz's {@code map(func, arg)}: emits {@code f.apply(x, arg)} for every element, the
     * extra argument passed after the element as streamz passes {@code *args}.
     *
     * @param <A> the type of the extra argument
     * @param <R> the type of the results
     * @param f the function
     * @param arg the extra argument passed on every call
     * @return the new node, downstream of this one
     */
    public final <A, R> Stream<R> map(BiFunction<? super T, ? super A, ? extends R> f, A arg) {
        Preconditions.notNull("map", "f", f);
        return new MapNode<>(this, Named.function(FunctionNames.of(f), (T x) -> f.apply(x, arg)));
    }

    /**
     * streamz's {@code filter(predicate, arg)}: emits the elements for which {@code predicate.test(x, arg)} holds.
     *
     * @param <A> the type of the extra argument
     * @param predicate the predicate
     * @param arg the extra argument passed on every call
     * @return the new node, downstream of this one
     */
    public final <A> Stream<T> filter(BiPredicate<? super T, ? super A> predicate, A arg) {
        Preconditions.notNull("filter", "predicate", predicate);
        return new FilterNode<>(this, (T x) -> predicate.test(x, arg), "filter", predicate);
    }

    /**
     * streamz's {@code sink(func, arg)}: calls {@code consumer.accept(x, arg)} on every element.
     *
     * @param <A> the type of the extra argument
     * @param consumer the consumer
     * @param arg the extra argument passed on every call
     * @return the sink, alive until it is destroyed
     */
    public final <A> Sink<T> sink(BiConsumer<? super T, ? super A> consumer, A arg) {
        Preconditions.notNull("sink", "consumer", consumer);
        return new Sink<>(this, Named.consumer(FunctionNames.of(consumer), (T x) -> consumer.accept(x, arg)));
    }

    /**
     * Emits each item of every incoming element, one level deep. An element may be an
     * {@link Iterable}, an {@link java.util.Iterator}, a {@link java.util.stream.BaseStream} or an
     * array (of objects or primitives); an empty one emits nothing. Unlike Python, a
     * {@link String} is not split into characters: it fails like any non-iterable, with an
     * {@link IllegalArgumentException} naming the stage ({@code null}: a {@link NullPointerException}).
     *
     * @return the new node, downstream of this one
     * @param <R> the item type; the cast is unchecked, as the element type cannot say it holds {@code R}s
     */
    public final <R> Stream<R> flatten() {
        return new FlattenNode<>(this);
    }

    /**
     * Groups elements into lists of exactly {@code n}, emitted when full. A trailing partial
     * group is never emitted (there is no end of stream).
     *
     * @param n the number of elements
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n) {
        return new PartitionNode<>(this, Preconditions.atLeast("partition", "n", n, 1), null);
    }

    /**
     * Groups elements by {@code key(x)} into per-key lists of {@code n}; each list is emitted
     * when it is full, so lists of different keys come out in completion order.
     *
     * @param n the number of elements
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n, Function<? super T, ?> key) {
        Preconditions.atLeast("partition", "n", n, 1);
        return new PartitionNode<>(this, n, Preconditions.notNull("partition", "key", key));
    }

    /**
     * streamz's {@code partition_unique(n)}: collects elements until {@code n} distinct ones are
     * held, then emits them as a list; a repeat within a group keeps the first.
     *
     * @param n the number of elements
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partitionUnique(int n) {
        return new PartitionUniqueNode<>(this, n, null, Keep.FIRST);
    }

    /**
     * {@link #partitionUnique(int)} with distinct {@code key(x)}, keeping the first element of each key.
     *
     * @param n the number of elements
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partitionUnique(int n, Function<? super T, ?> key) {
        return new PartitionUniqueNode<>(this, n, Preconditions.notNull("partitionUnique", "key", key), Keep.FIRST);
    }

    /**
     * streamz's {@code partition_unique(n, key, keep)}: collects elements until {@code n}
     * distinct {@code key(x)} are held, then emits the held elements as a list; {@code keep}
     * says which element of a repeated key stays ({@link Keep}).
     *
     * @param n the number of elements
     * @param key the function giving an element's key
     * @param keep which element of a repeated key to keep
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partitionUnique(int n, Function<? super T, ?> key, Keep keep) {
        return new PartitionUniqueNode<>(this, n, Preconditions.notNull("partitionUnique", "key", key), keep);
    }

    /**
     * streamz's {@code slice(start, end, step)} with Python's semantics over the elements'
     * positions 0, 1, 2, ...: {@code slice(1, null, 2)} over 0..7 gives 1, 3, 5, 7. {@code null}
     * means the default (0, no end, 1). Past {@code end} the stage detaches from its upstream.
     *
     * @param start the initial state
     * @param end where to stop (exclusive)
     * @param step take every {@code step}-th element
     * @return the new node, downstream of this one
     * @throws IllegalArgumentException for a negative start or end (a stream has no end to count
     *     back from) or a step below 1
     */
    public final Stream<T> slice(Integer start, Integer end, Integer step) {
        return new SliceNode<>(this, start, end, step);
    }

    /**
     * Overlapping windows of the last {@code n} elements, emitted only once {@code n} have arrived.
     *
     * @param n the number of elements
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> slidingWindow(int n) {
        return new SlidingWindowNode<>(this, Preconditions.atLeast("slidingWindow", "n", n, 1), false);
    }

    /**
     * Overlapping windows of the last {@code n} elements; with {@code returnPartial} the first
     * {@code n - 1} elements also emit the shorter windows seen so far (streamz's default).
     *
     * @param n the number of elements
     * @param returnPartial whether to emit the first n - 1 partial windows
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> slidingWindow(int n, boolean returnPartial) {
        return new SlidingWindowNode<>(this, Preconditions.atLeast("slidingWindow", "n", n, 1), returnPartial);
    }

    /**
     * {@return every element from this stream or any of {@code others}, in arrival order, unbuffered} A
     * stream named twice delivers each element once.
     *
     * @param others the other inputs
     */
    @SafeVarargs
    public final Stream<T> union(Stream<? extends T>... others) {
        Preconditions.notNull("union", "others", others);
        Stream<?>[] inputs = new Stream<?>[others.length]; // element by element: the array never escapes
        for (int i = 0; i < others.length; i++) {
            inputs[i] = Preconditions.notNull("union", "others[" + i + "]", others[i]);
        }
        Inputs.sameLoop("union", Inputs.prepend(this, inputs));
        return new UnionNode<>(this, inputs);
    }

    /**
     * Drops elements seen before, with an unlimited history. The element is recorded before it is emitted.
     *
     * @return the new node, downstream of this one
     */
    public final Stream<T> unique() {
        return new UniqueNode<>(this, 0, null);
    }

    /**
     * Drops elements among the last {@code history} distinct ones seen, an LRU in which a repeat
     * refreshes recency; {@code 1} drops consecutive repeats only, {@code 0} means unlimited.
     *
     * @param history how many recent keys to remember (0: all)
     * @return the new node, downstream of this one
     */
    public final Stream<T> unique(int history) {
        return new UniqueNode<>(this, Preconditions.atLeast("unique", "history", history, 0), null);
    }

    /**
     * {@link #unique()} comparing {@code key(x)} instead of the elements.
     *
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<T> unique(Function<? super T, ?> key) {
        return new UniqueNode<>(this, 0, Preconditions.notNull("unique", "key", key));
    }

    /**
     * {@link #unique(int)} comparing {@code key(x)} instead of the elements.
     *
     * @param history how many recent keys to remember (0: all)
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<T> unique(int history, Function<? super T, ?> key) {
        Preconditions.atLeast("unique", "history", history, 0);
        return new UniqueNode<>(this, history, Preconditions.notNull("unique", "key", key));
    }

    /**
     * Pairs up elements: one FIFO per distinct input stream; when every FIFO holds an element,
     * the heads are popped and emitted as a tuple in argument order (this stream first). An
     * argument that is not a {@code Stream} is a literal put in every tuple at its position:
     * {@code a.zip(123, b)} emits {@code [1, 123, 2]}. {@code a.zip(a)} emits {@code [x, x]}.
     * Beyond {@value ZipNode#DEFAULT_MAXSIZE} elements in a FIFO, back pressure applies: the
     * emit's stage completes only when the next tuple goes out; a caller that does not wait on
     * it (a synchronous graph) just lets the FIFO grow, as in streamz.
     *
     * @param streamsOrLiterals the other inputs, streams or literal values
     * @return the new node, downstream of this one
     */
    public final Stream<List<Object>> zip(Object... streamsOrLiterals) {
        Inputs.sameLoop(
                "zip", Inputs.streamsAmong(this, Preconditions.notNull("zip", "streamsOrLiterals", streamsOrLiterals)));
        return new ZipNode(this, streamsOrLiterals, ZipNode.DEFAULT_MAXSIZE);
    }

    /**
     * {@link #zip(Object...)} with {@code maxsize} elements per FIFO before back pressure applies.
     *
     * @param maxsize the most elements an input may be ahead
     * @param streamsOrLiterals the other inputs, streams or literal values
     * @return the new node, downstream of this one
     */
    public final Stream<List<Object>> zipWithMaxsize(int maxsize, Object... streamsOrLiterals) {
        Preconditions.atLeast("zip", "maxsize", maxsize, 1);
        Inputs.sameLoop(
                "zip", Inputs.streamsAmong(this, Preconditions.notNull("zip", "streamsOrLiterals", streamsOrLiterals)));
        return new ZipNode(this, streamsOrLiterals, maxsize);
    }

    /**
     * Emits a tuple of the latest element of this stream and each of {@code others} whenever any
     * of them emits, once every one has emitted at least once.
     *
     * @param others the other inputs
     * @return the new node, downstream of this one
     */
    public final Stream<List<Object>> combineLatest(Stream<?>... others) {
        Inputs.sameLoop("combineLatest", Inputs.prepend(this, Inputs.checked("combineLatest", others)));
        return new CombineLatestNode(this, others, null);
    }

    /**
     * {@link #combineLatest(Stream[])} where only elements from the {@code emitOn} inputs trigger
     * a tuple; the others just update their latest value.
     *
     * @param others the other inputs
     * @param emitOn the inputs whose updates emit
     * @return the new node, downstream of this one
     * @throws IllegalArgumentException if {@code emitOn} is empty or names a stream that is not an input
     */
    public final Stream<List<Object>> combineLatest(
            List<? extends Stream<?>> others, List<? extends Stream<?>> emitOn) {
        Preconditions.notNull("combineLatest", "others", others);
        Preconditions.notNull("combineLatest", "emitOn", emitOn);
        Stream<?>[] inputs = Inputs.checked("combineLatest", others.toArray(new Stream<?>[0]));
        Inputs.checked("combineLatest", emitOn.toArray(new Stream<?>[0]));
        if (emitOn.isEmpty()) {
            throw new IllegalArgumentException(
                    "combineLatest: emitOn names no input; pass the inputs that trigger a tuple");
        }
        for (Stream<?> trigger : emitOn) {
            if (trigger != this && others.stream().noneMatch(input -> input == trigger)) {
                throw new IllegalArgumentException(
                        "combineLatest: emitOn names " + trigger + ", which is not one of its inputs");
            }
        }
        Inputs.sameLoop("combineLatest", Inputs.prepend(this, inputs));
        return new CombineLatestNode(this, inputs, emitOn);
    }

    /**
     * Joins this lossless stream with the latest elements of {@code others}: every element of
     * this stream is emitted exactly once, as {@code [x, latest of each other]}, taking the
     * others' latest values when it is emitted. Elements arriving before every other input has
     * emitted are held, then emitted in order; elements of the others never trigger output
     * except to release held elements.
     *
     * @param others the other inputs
     * @return the new node, downstream of this one
     */
    public final Stream<List<Object>> zipLatest(Stream<?>... others) {
        Inputs.sameLoop("zipLatest", Inputs.prepend(this, Inputs.checked("zipLatest", others)));
        return new ZipLatestNode(this, others);
    }

    /**
     * {@code x.get(index)} of every element: a {@link List}, an array, or a {@link Map} (looked
     * up with the key {@code index}). A bad index is an {@link IndexOutOfBoundsException}, a
     * missing key a {@link java.util.NoSuchElementException}, both naming the stage.
     *
     * @param index the index
     * @return the new node, downstream of this one
     */
    public final Stream<Object> pluck(int index) {
        return new PluckNode<>(this, index, null);
    }

    /**
     * {@return a tuple of the items at {@code indices} of every element, as {@link #pluck(int)} picks them}
     *
     * @param indices the indices
     */
    public final Stream<List<Object>> pluck(int... indices) {
        Preconditions.notNull("pluck", "indices", indices);
        Object[] picks = new Object[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picks[i] = indices[i];
        }
        return new PluckNode<>(this, null, picks);
    }

    /**
     * streamz's {@code pluck([...])}: a tuple of the items at each of {@code picks}, each an index
     * or a key as {@link #pluck(Object)} uses it, so {@code pluck(List.of(0, 2))} equals
     * {@code pluck(0, 2)} and {@code pluck(List.of("x", "y"))} picks two keys of a {@link Map}.
     *
     * @param picks the picks
     * @return the new node, downstream of this one
     */
    public final Stream<List<Object>> pluck(List<?> picks) {
        Preconditions.notNull("pluck", "picks", picks);
        return new PluckNode<>(this, null, picks.toArray());
    }

    /**
     * {@code x.get(key)} of every element, a {@link Map} (or a {@link List} or array if {@code key} is an Integer).
     *
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<Object> pluck(Object key) {
        return new PluckNode<>(this, key, null);
    }

    /**
     * Spreads every element, a tuple of two ({@link List} or array), over the parameters of
     * {@code f} and emits the result: streamz's {@code starmap}.
     *
     * @param <A> the type of the first item
     * @param <B> the type of the second item
     * @param <R> the type of the results
     * @param f the function of the tuple's items
     * @return the new node, downstream of this one
     */
    public final <A, B, R> Stream<R> starmap(BiFunction<? super A, ? super B, ? extends R> f) {
        return new StarmapNode<>(this, Preconditions.notNull("starmap", "f", f), 2);
    }

    /**
     * {@link #starmap(BiFunction)} for tuples of three.
     *
     * @param <A> the type of the first item
     * @param <B> the type of the second item
     * @param <C> the type of the third item
     * @param <R> the type of the results
     * @param f the function of the tuple's items
     * @return the new node, downstream of this one
     */
    public final <A, B, C, R> Stream<R> starmap(TriFunction<? super A, ? super B, ? super C, ? extends R> f) {
        return new StarmapNode<>(this, Preconditions.notNull("starmap", "f", f), 3);
    }

    /**
     * Caches elements until {@link CollectStream#flush()} emits them as one list (empty
     * included) and clears the cache.
     *
     * @return the new node, downstream of this one
     */
    public final CollectStream<T> collect() {
        return new CollectStream<>(this);
    }

    // ---------------------------------------------------------------- time and back pressure

    /**
     * {@link #emit} and wait until every asynchronous stage downstream has finished with
     * {@code x}, through the graph's loop ({@link EventLoop#await}: a {@link VirtualTimeLoop}
     * advances its clock while waiting). A failure is thrown unwrapped.
     *
     * @param x the element
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own, before
     *     {@code x} is emitted; or, once {@code x} was emitted, if its work is pending and waiting for
     *     it would block the loop it needs (called on the loop's own thread, or from another loop's
     *     thread that loop is waiting for): the message then says that {@code x} went in
     */
    public final void emitAndWait(T x) {
        EventLoop l = loop;
        if (l instanceof VirtualTimeLoop) {
            ((VirtualTimeLoop) l).requireOwner("emitAndWait into " + this); // before emitting: a retry emits once
        }
        CompletionStage<Void> done = emit(x);
        if (l == null) {
            Completions.join(done.toCompletableFuture());
            return;
        }
        try {
            l.await(done);
        } catch (IllegalStateException refused) {
            if (done.toCompletableFuture().isDone()) {
                throw refused; // the element's own failure
            }
            throw new IllegalStateException(
                    "emitAndWait into " + this + ": the element was emitted and its work is still pending, but "
                            + refused.getMessage(),
                    refused);
        }
    }

    /** {@return the loop this node's graph runs on, if any} */
    public final Optional<EventLoop> loop() {
        return Optional.ofNullable(loop);
    }

    /**
     * An asynchronous sink: calls {@code f} on every element and hands the returned stage back
     * to the emitter, whose future completes only when it does (back pressure). A failed stage
     * fails the emit future; the next element goes on. Registered in {@link GlobalSinks} until
     * destroyed.
     *
     * @param f the function
     * @return an asynchronous sink
     */
    public final Sink<T> sinkAsync(Function<? super T, ? extends CompletionStage<?>> f) {
        Preconditions.notNull("sinkAsync", "f", f);
        Preconditions.openLoop("sinkAsync", this);
        return new Sink<>(f, this);
    }

    /**
     * {@link #mapAsync(Function, int)} with one call in flight.
     *
     * @param <R> the type of the results
     * @param f the function
     * @return the new node, downstream of this one
     */
    public final <R> Stream<R> mapAsync(Function<? super T, ? extends CompletionStage<? extends R>> f) {
        return mapAsync(f, 1);
    }

    /**
     * Maps every element through an asynchronous function, with at most {@code parallelism}
     * calls in flight, emitting results in input order, one at a time, from the loop (streamz's
     * {@code map_async}). A call holds its slot from its start until its result has gone
     * downstream and the asynchronous work there has finished. The emit future of an element
     * completes once its call is admitted: at once while a slot is free and nobody waits,
     * otherwise when a slot frees; so a producer that waits on every emit, or a {@code buffer}
     * upstream, keeps {@code parallelism} calls running. A failed call (thrown, returning
     * {@code null}, or a failed stage) and a failure downstream of its result go to the loop's
     * {@link EventLoop#reportFailure}, naming the stage; that element is skipped and the next one
     * goes on. Runs on the graph's loop.
     *
     * @param <R> the type of the results
     * @param f the function
     * @param parallelism the most calls in flight at once
     * @return the new node, downstream of this one
     */
    public final <R> Stream<R> mapAsync(
            Function<? super T, ? extends CompletionStage<? extends R>> f, int parallelism) {
        Preconditions.notNull("mapAsync", "f", f);
        Preconditions.atLeast("mapAsync", "parallelism", parallelism, 1);
        Preconditions.openLoop("mapAsync", this);
        return new MapAsyncNode<>(this, f, parallelism);
    }

    /**
     * streamz's {@code map_async(f, parallelism, stop_on_exception=True)}:
     * {@link #mapAsync(Function, int)} where a failed call (reported or routed as usual) also
     * stops the sources upstream and starts no new call until {@link #start()} (on this stage or
     * downstream) resumes with the next element; nothing is lost but the failed element.
     *
     * @param <R> the type of the results
     * @param f the function
     * @param parallelism the most calls in flight at once
     * @param stopOnException whether a failed call stops the sources upstream
     * @return the new node, downstream of this one
     */
    public final <R> Stream<R> mapAsync(
            Function<? super T, ? extends CompletionStage<? extends R>> f, int parallelism, boolean stopOnException) {
        Preconditions.notNull("mapAsync", "f", f);
        Preconditions.atLeast("mapAsync", "parallelism", parallelism, 1);
        Preconditions.openLoop("mapAsync", this);
        return new MapAsyncNode<>(this, f, parallelism, stopOnException);
    }

    /**
     * Lets up to {@code n} elements pile up here, plus the one being processed: a decoupling
     * point that hands elements downstream one by one from the loop, each after the previous
     * one's asynchronous work finished. Emit futures complete at once until it is full, then
     * when room is made.
     *
     * @param n the number of elements
     * @return the new node, downstream of this one
     */
    public final Stream<T> buffer(int n) {
        Preconditions.atLeast("buffer", "n", n, 1);
        Preconditions.openLoop("buffer", this);
        return new BufferNode<>(this, n);
    }

    /**
     * Emits every element exactly {@code interval} after it arrived, in order (streamz's {@code delay} throttles instead).
     *
     * @param interval the interval
     * @return the new node, downstream of this one
     */
    public final Stream<T> delay(Duration interval) {
        Preconditions.duration("delay", "interval", interval, false);
        Preconditions.openLoop("delay", this);
        return new DelayNode<>(this, interval);
    }

    /**
     * {@link #delay(Duration)} in seconds.
     *
     * @param seconds the duration in seconds
     * @return the new node, downstream of this one
     */
    public final Stream<T> delay(double seconds) {
        return delay(Preconditions.seconds("delay", "interval", seconds, false));
    }

    /**
     * Spaces outputs at least {@code interval} apart: the first passes at once, then
     * {@code out_k = max(arrival_k, out_(k-1) + interval)}. Nothing is dropped; each emit future
     * completes once its element went through, so a producer waiting on it is throttled.
     *
     * @param interval the interval
     * @return the new node, downstream of this one
     */
    public final Stream<T> rateLimit(Duration interval) {
        Preconditions.duration("rateLimit", "interval", interval, false);
        Preconditions.openLoop("rateLimit", this);
        return new RateLimitNode<>(this, interval);
    }

    /**
     * {@link #rateLimit(Duration)} in seconds, as the seed's {@code rate_limit(0.010)}.
     *
     * @param seconds the duration in seconds
     * @return the new node, downstream of this one
     */
    public final Stream<T> rateLimit(double seconds) {
        return rateLimit(Preconditions.seconds("rateLimit", "interval", seconds, false));
    }

    /**
     * Every {@code interval}, emits the elements that arrived in it as one list, empty windows
     * included. A downstream failure goes to the loop's {@link EventLoop#reportFailure} and the
     * timer keeps going. The loop keeps this node alive until it is {@link #destroy()}ed.
     *
     * @param interval the interval
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> timedWindow(Duration interval) {
        Preconditions.duration("timedWindow", "interval", interval, true);
        Preconditions.openLoop("timedWindow", this);
        return new TimedWindowNode<>(this, interval, false);
    }

    /**
     * Like {@link #timedWindow(Duration)}, but the windows are aligned to the multiples of
     * {@code interval} on the epoch clock (the wall clock; a {@link VirtualTimeLoop}'s clock counts
     * from epoch 0), and only non-empty ones are emitted, at their end: what a {@code @TimedWindow}
     * does per key in a keyed pipeline, where an unbounded key set cannot tick empty windows.
     *
     * @param interval the interval
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> alignedTimedWindow(Duration interval) {
        Preconditions.duration("alignedTimedWindow", "interval", interval, true);
        Preconditions.openLoop("alignedTimedWindow", this);
        return new TimedWindowNode<>(this, interval, true);
    }

    /**
     * {@link #timedWindow(Duration)} in seconds.
     *
     * @param seconds the duration in seconds
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> timedWindow(double seconds) {
        return timedWindow(Preconditions.seconds("timedWindow", "interval", seconds, true));
    }

    /**
     * streamz's {@code timed_window_unique(interval)}: every {@code interval}, the distinct elements
     * that arrived in it, as a list in the order they first came (empty lists too). Runs on the
     * graph's loop, ticking as {@link #timedWindow(Duration)} does.
     *
     * @param interval the interval
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> timedWindowUnique(Duration interval) {
        return new TimedWindowUniqueNode<>(this, interval, null, Keep.FIRST);
    }

    /**
     * streamz's {@code timed_window_unique(interval, key, keep)}: every {@code interval}, the
     * elements that arrived in it with distinct {@code key(x)}, as a list; {@code keep} says which
     * element of a repeated key stays ({@link Keep}).
     *
     * @param interval the interval
     * @param key the function giving an element's key
     * @param keep which element of a repeated key to keep
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> timedWindowUnique(Duration interval, Function<? super T, ?> key, Keep keep) {
        return new TimedWindowUniqueNode<>(
                this, interval, Preconditions.notNull("timedWindowUnique", "key", key), keep);
    }

    /**
     * Like {@link #timedWindowUnique(Duration, Function, Keep)}, but the windows are aligned to the
     * multiples of {@code interval} on the epoch clock and only non-empty ones are emitted, at their
     * end, as {@link #alignedTimedWindow(Duration)}: what a {@code @TimedWindowUnique} does per key
     * in a keyed pipeline.
     *
     * @param interval the interval
     * @param key the function giving an element's key
     * @param keep which element of a repeated key to keep
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> alignedTimedWindowUnique(Duration interval, Function<? super T, ?> key, Keep keep) {
        Preconditions.duration("alignedTimedWindowUnique", "interval", interval, true);
        Preconditions.openLoop("alignedTimedWindowUnique", this);
        return new TimedWindowUniqueNode<>(
                this, interval, Preconditions.notNull("alignedTimedWindowUnique", "key", key), keep, true);
    }

    /**
     * {@link #timedWindowUnique(Duration, Function, Keep)} with the interval in seconds.
     *
     * @param seconds the duration in seconds
     * @param key the function giving an element's key
     * @param keep which element of a repeated key to keep
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> timedWindowUnique(double seconds, Function<? super T, ?> key, Keep keep) {
        return timedWindowUnique(Preconditions.seconds("timedWindowUnique", "interval", seconds, false), key, keep);
    }

    /**
     * {@link #partition(int)} with a timeout: a partial partition is emitted {@code timeout}
     * after its first element arrived, unless it filled up before. Runs on the graph's loop.
     *
     * @param n the number of elements
     * @param timeout the time a partial group may wait
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n, Duration timeout) {
        Preconditions.atLeast("partition", "n", n, 1);
        Preconditions.duration("partition", "timeout", timeout, true);
        Preconditions.openLoop("partition", this);
        return new PartitionNode<>(this, n, timeout, null);
    }

    /**
     * {@link #partition(int, Duration)} with the timeout in seconds, as streamz's {@code partition(n, timeout=0.5)}.
     *
     * @param n the number of elements
     * @param timeoutSeconds the time a partial group may wait, in seconds
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n, double timeoutSeconds) {
        return partition(n, Preconditions.seconds("partition", "timeout", timeoutSeconds, true));
    }

    /**
     * {@link #partition(int, Function)} with a timeout per key: a key's partial partition is
     * emitted {@code timeout} after its first element arrived, unless it filled up before.
     *
     * @param n the number of elements
     * @param timeout the time a partial group may wait
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n, Duration timeout, Function<? super T, ?> key) {
        Preconditions.atLeast("partition", "n", n, 1);
        Preconditions.duration("partition", "timeout", timeout, true);
        Preconditions.notNull("partition", "key", key);
        Preconditions.openLoop("partition", this);
        return new PartitionNode<>(this, n, timeout, key);
    }

    /**
     * {@link #partition(int, Duration, Function)} with the timeout in seconds.
     *
     * @param n the number of elements
     * @param timeoutSeconds the time a partial group may wait, in seconds
     * @param key the function giving an element's key
     * @return the new node, downstream of this one
     */
    public final Stream<List<T>> partition(int n, double timeoutSeconds, Function<? super T, ?> key) {
        return partition(n, Preconditions.seconds("partition", "timeout", timeoutSeconds, true), key);
    }

    /**
     * While downstream is busy, keeps only the newest element and drops the ones it replaces;
     * the newest is always delivered once downstream is free. A decoupling point: elements go
     * downstream from the loop and emit futures complete at once.
     *
     * @return the new node, downstream of this one
     */
    public final Stream<T> latest() {
        Preconditions.openLoop("latest", this);
        return new LatestNode<>(this);
    }

    /** This graph's loop, or {@code null} for a purely synchronous graph (nothing attached). */
    final EventLoop loopOrNull() {
        return loop;
    }

    /**
     * This graph's loop, attaching the {@linkplain EventLoop#shared() shared loop} to the whole
     * connected graph if it has none: what time operators call.
     */
    final EventLoop ensureLoop() {
        EventLoop l = loop;
        if (l == null) {
            l = EventLoop.shared();
            percolateLoop(this, l);
        }
        return l;
    }

    private static EventLoop sameLoop(EventLoop found, EventLoop other, Stream<?> where) {
        if (found != null && other != null && found != other) {
            throw new IllegalStateException(
                    "two different event loops in one graph: " + found + " and " + other + " (at " + where + ")");
        }
        return found != null ? found : other;
    }

    /** Sets {@code l} on every node connected to {@code start} after checking none runs on another loop. */
    private static void percolateLoop(Stream<?> start, EventLoop l) {
        List<Stream<?>> component = connectedGraph(start);
        for (Stream<?> node : component) {
            sameLoop(l, node.loop, node);
        }
        for (Stream<?> node : component) {
            node.loop = l;
        }
    }

    private static List<Stream<?>> connectedGraph(Stream<?> start) {
        Map<Stream<?>, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Stream<?>> todo = new ArrayDeque<>();
        List<Stream<?>> all = new ArrayList<>();
        todo.add(start);
        seen.put(start, Boolean.TRUE);
        while (!todo.isEmpty()) {
            Stream<?> node = todo.poll();
            all.add(node);
            List<Stream<?>> neighbours = new ArrayList<>(node.upstreams());
            neighbours.addAll(node.downstreams());
            for (Stream<?> next : neighbours) {
                if (seen.put(next, Boolean.TRUE) == null) {
                    todo.add(next);
                }
            }
        }
        return all;
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * streamz's {@code start()}: starts every {@link Source} upstream of this node (this node
     * included), and resumes a {@code mapAsync} stopped by a failure. All or nothing: if a source
     * cannot start (a missing file, a port in use, a command that does not run), the sources this
     * call already started are stopped again and the exception, naming that source, is thrown.
     * Starting a running source does nothing, and so does starting a closed graph (its sources stay
     * stopped, nothing is emitted).
     */
    public final void start() {
        if (closed) {
            return; // a closed graph has nothing to resume: its sources stay stopped, as a closed pipeline's
        }
        Lifecycles.start(this);
    }

    /**
     * streamz's {@code stop()}: stops every {@link Source} upstream of this node (this node
     * included). Idempotent; see {@link Source} for what happens to elements in flight.
     */
    public final void stop() {
        Lifecycles.stop(this);
    }

    /** Starts this node itself, returning whether it was stopped; sources (and a stopped mapAsync) override it. */
    boolean startNode() {
        return false;
    }

    /** Stops this node itself; sources override it. */
    void stopNode() {}

    // ---------------------------------------------------------------- graph

    /** {@return the stream name given at construction or by {@link #named}, or {@code null}} */
    public final String name() {
        return name;
    }

    /**
     * Sets the stream name shown in labels ({@code <name; map: f>}) and returns this node. Not
     * final (like {@link #routeFailuresTo} and {@link #failOnFailure}) only so that {@link Sink}
     * and {@link CollectStream} can return their own type.
     *
     * @param name the name
     * @return the new node, downstream of this one
     */
    public Stream<T> named(String name) {
        this.name = name;
        return this;
    }

    /** {@return the upstream nodes in the order they were connected} */
    public final List<Stream<?>> upstreams() {
        synchronized (this) {
            return List.copyOf(upstreams);
        }
    }

    /** {@return the live downstream nodes in attach order} */
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
     * everything this node emits from now on, after the downstreams attached before it. The
     * parameter is {@code Stream<?>} because a node's type says what it emits, not what it
     * accepts: joins such as {@link #zip} accept inputs of any type. If only
     * one side runs on an event loop, the other side's graph joins that loop.
     *
     * @param downstream the downstream node
     * @throws IllegalStateException if the two sides run on different loops
     * @throws StreamClosedException if either side's graph is closed
     */
    public final void connect(Stream<?> downstream) {
        Preconditions.notNull("connect", "downstream", downstream);
        changeGraph(() -> attach(downstream));
    }

    private void attach(Stream<?> downstream) {
        if (closed || downstream.closed) { // joining a closed graph would reopen it
            throw closedFor("connect " + this + " to " + downstream);
        }
        EventLoop joined;
        try {
            joined = sameLoop(loop, downstream.loop, downstream);
        } catch (IllegalStateException twoLoops) {
            throw new IllegalStateException("connect: " + twoLoops.getMessage());
        }
        if (joined != null && (loop == null || downstream.loop == null)) {
            percolateLoop(loop == null ? this : downstream, joined);
        }
        downstream.addUpstream(this); // first, as a constructor does: see Sink#leftRegistry
        addDownstream(downstream);
    }

    /**
     * Detaches {@code downstream} from this node, as streamz's {@code disconnect}.
     *
     * @param downstream the downstream node
     * @throws IllegalArgumentException if {@code downstream} is not connected to this node
     */
    public final void disconnect(Stream<?> downstream) {
        Preconditions.notNull("disconnect", "downstream", downstream);
        changeGraph(() -> detach(downstream));
    }

    private void detach(Stream<?> downstream) {
        boolean wasDownstream = removeDownstream(downstream);
        boolean wasUpstream = downstream.removeUpstream(this);
        if (!wasDownstream && !wasUpstream) {
            throw new IllegalArgumentException("disconnect: " + downstream + " is not connected downstream of " + this);
        }
    }

    /**
     * Applies a change of the graph where the graph runs: inline without a loop or on the loop
     * thread; from another thread on the loop, waiting for it, so that the change comes after
     * the emits that thread already handed to the loop (they hop there and return at once).
     */
    private void changeGraph(Runnable change) {
        onLoopAndWait(() -> {
            change.run();
            return null;
        });
    }

    /**
     * Runs {@code action} where the graph runs and returns its result: inline without a loop or
     * on the loop thread; from another thread on the loop, waiting for it, so that it comes after
     * the emits that thread already handed to the loop. A {@link VirtualTimeLoop} can only be
     * waited for by its own thread: from another, this fails before anything is done.
     *
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own
     */
    final <V> V onLoopAndWait(Supplier<V> action) {
        EventLoop l = loop;
        if (l == null || l.inLoop()) {
            return action.get();
        }
        if (l instanceof VirtualTimeLoop) {
            ((VirtualTimeLoop) l).requireOwner("change or read " + this + "'s graph");
        }
        CompletableFuture<V> done = new CompletableFuture<>();
        try {
            l.execute(LoopTasks.task(
                    () -> {
                        try {
                            done.complete(action.get());
                        } catch (Throwable e) {
                            done.completeExceptionally(e);
                        }
                    },
                    done::completeExceptionally));
        } catch (RejectedExecutionException closed) {
            return action.get(); // the loop is closed: nothing runs on it any more
        }
        return l.await(done);
    }

    /** Disconnects this node from all its upstreams: it receives nothing more. */
    public void destroy() {
        disconnectFromUpstreams();
    }

    /**
     * Disconnects this node from the given upstreams only, as streamz's {@code destroy(streams)}.
     *
     * @param fromUpstreams the upstreams to disconnect from
     * @throws NullPointerException if {@code fromUpstreams} or one of them is {@code null}
     * @throws IllegalArgumentException if one of them is not an upstream of this node (then it
     *     disconnects from none)
     */
    public final void destroy(Stream<?>... fromUpstreams) {
        Preconditions.notNull("destroy", "fromUpstreams", fromUpstreams);
        List<Stream<?>> current = upstreams();
        for (int i = 0; i < fromUpstreams.length; i++) {
            Stream<?> upstream = Preconditions.notNull("destroy", "fromUpstreams[" + i + "]", fromUpstreams[i]);
            if (!current.contains(upstream)) {
                throw new IllegalArgumentException("destroy: " + upstream + " is not an upstream of " + this);
            }
        }
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
            // the references of collected branches go now, not only at the next emit: a source
            // that only ever gains branches would otherwise copy them all on every attach
            List<WeakReference<Stream<?>>> kept = new ArrayList<>(old.length + 1);
            for (WeakReference<Stream<?>> target : old) {
                Stream<?> existing = target.get();
                if (existing == downstream) {
                    return; // a set, as in streamz: re-adding keeps the original position
                }
                if (existing != null) {
                    kept.add(target);
                }
            }
            kept.add(new WeakReference<>(downstream));
            setDownstreams(kept.toArray(Arrays.copyOf(old, 0)));
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

    /**
     * The reference to the only downstream (possibly collected), or {@code null} when there are
     * none or several: for the hot operators' own dispatch (see {@link MapNode#update}).
     */
    final WeakReference<Stream<?>> soleDownstreamRef() {
        return soleDownstream;
    }

    /** The only downstream when it is a registered sink, held strongly, else {@code null}: see {@link #soleSink}. */
    final Stream<?> soleSink() {
        return soleSink;
    }

    /** How many downstream references this node holds, collected ones included: for tests. */
    final int downstreamReferences() {
        return downstreams.length;
    }

    /** Re-reads whether the only downstream is a registered sink: a sink calls it when it registers or leaves. */
    final void refreshSoleDownstream() {
        synchronized (this) {
            setDownstreams(downstreams);
        }
    }

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
        setDownstreams(kept.toArray(Arrays.copyOf(old, 0)));
        return found;
    }

    /**
     * Publishes a new downstream set; holds the lock. Both fields are volatile, so a dispatch on
     * another thread sees each either before or after a change, never a half-built node.
     */
    private void setDownstreams(WeakReference<Stream<?>>[] targets) {
        downstreams = targets;
        if (meter != null) { // measured: every element goes through emitDownstream
            soleSink = null;
            soleDownstream = null;
            return;
        }
        Stream<?> only = targets.length == 1 ? targets[0].get() : null;
        boolean registeredSink = only instanceof Sink && ((Sink<?>) only).registered();
        soleSink = registeredSink ? only : null;
        soleDownstream = targets.length == 1 && !registeredSink ? targets[0] : null;
    }

    // ---------------------------------------------------------------- visualize

    /**
     * The whole connected graph around this node (upstreams and downstreams, transitively) in
     * Graphviz DOT: nodes labelled with {@link #label()}, shaped as streamz draws them, edges
     * from upstream to downstream, numbered when a node has several downstreams.
     *
     * @return the whole connected graph around this node (upstreams and downstreams, transitively) in Graphviz DOT
     */
    public final String toDot() {
        return DotWriter.toDot(this, Map.of());
    }

    /**
     * {@link #toDot()} with graph attributes, such as {@code Map.of("rankdir", "LR")}.
     *
     * @param graphAttributes DOT attributes of the graph
     * @return {@link #toDot()} with graph attributes, such as {@code Map.of("rankdir", "LR")}
     */
    public final String toDot(Map<String, String> graphAttributes) {
        return DotWriter.toDot(this, Preconditions.notNull("toDot", "graphAttributes", graphAttributes));
    }

    /**
     * streamz's {@code visualize()} without a file: the DOT text of the whole connected graph,
     * the same as {@link #toDot()}. Write an image with {@link #visualize(Path)}.
     *
     * @return the DOT text of the whole connected graph
     */
    public final String visualize() {
        return toDot();
    }

    /**
     * streamz's {@code visualize(rankdir='LR')} without a file: {@link #toDot(Map)}.
     *
     * @param graphAttributes DOT attributes of the graph
     * @return the DOT text of the whole connected graph
     */
    public final String visualize(Map<String, String> graphAttributes) {
        return toDot(graphAttributes);
    }

    /**
     * {@link #visualize(Path, Map)} without graph attributes.
     *
     * @param file the file to write
     * @return {@code file}
     * @throws IOException if the file cannot be written or Graphviz fails
     */
    public final Path visualize(Path file) throws IOException {
        return visualize(file, Map.of());
    }

    /**
     * Writes the graph to {@code file}: a {@code .dot} file directly, a {@code .png},
     * {@code .svg}, {@code .pdf}, {@code .jpg} or {@code .jpeg} through Graphviz's {@code dot}.
     *
     * @param file the file to write
     * @param graphAttributes DOT attributes of the graph
     * @return {@code file}
     * @throws IOException if the file cannot be written or Graphviz fails
     * @throws IllegalStateException if an image is asked for and {@code dot} is not on the PATH
     * @throws IllegalArgumentException if the file's extension is none of the above
     */
    public final Path visualize(Path file, Map<String, String> graphAttributes) throws IOException {
        Preconditions.notNull("visualize", "file", file);
        return DotWriter.write(toDot(graphAttributes), file, System.getenv("PATH"));
    }

    /** The position of this node in creation order. */
    final long serial() {
        return serial;
    }

    /** The Graphviz shape streamz gives this kind of node. */
    String graphvizShape() {
        return "ellipse";
    }

    /** The Graphviz orientation streamz gives this kind of node, in degrees. */
    int graphvizOrientation() {
        return 0;
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

    /** {@return the label streamz prints inside angle brackets: {@code map: inc}, {@code out; sink: print}} */
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
