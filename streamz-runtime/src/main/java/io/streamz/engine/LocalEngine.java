package io.streamz.engine;

import io.streamz.EventLoop;
import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import io.streamz.internal.Closing;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Runs a {@link PipelineSpec} in this process: state on a {@link HeapBackend}, exchanges as
 * direct calls (the element goes on with its new key current before {@code exchange} returns,
 * and the key before it is current again after), timers on an {@link EventLoop}. A keyed
 * pipeline's generated {@code build()} runs its task here; tests run hand-written specs.
 *
 * <p>Time: in {@link TimeMode#PROCESSING} (the default) the engine's clock is the loop's, in
 * milliseconds; on a {@link VirtualTimeLoop} it starts at 0, on any other loop at the wall clock
 * when the engine was built. Due timers fire from the loop, one task per due time. In
 * {@link TimeMode#EVENT} inputs carry timestamps ({@link #accept(int, Object, Object, long)}); the
 * stream time is the highest seen and timers due by it fire after each input, on the caller's
 * thread.
 *
 * <p>Threading: like the fused classes, the engine runs on its loop's thread. A call from the
 * loop thread (on a {@code VirtualTimeLoop}, the thread that created it) runs the element through
 * before it returns and throws the stage's failure; a call from another thread hops onto the loop
 * and returns at once, a failure then going to {@link EventLoop#reportFailure}. A failing timer
 * callback goes there too, and the other due timers still fire. Without a loop (a spec without
 * timers, none given) every call runs on the caller's thread, one at a time.
 *
 * <p>{@link #close()} stops it: its timers are cancelled, what its time stages hold is discarded,
 * and every later input throws a {@link StreamClosedException}.
 */
public final class LocalEngine implements AutoCloseable {
    /** Timers further away than this (about 290 years) are scheduled at it. */
    private static final long MAX_DELAY_MILLIS = Long.MAX_VALUE / 1_000_000L / 1_000;
    /** What {@link #enter} returns when {@link #leave} has no key to give back. */
    private static final Object NOTHING = new Object();

    private final PipelineSpec spec;
    private final HeapBackend state = new HeapBackend();
    private final TimeMode mode;
    private final EventLoop loop;
    private final long originNanos;
    private final long originMillis;
    private final LocalOutput[] outputs;
    private final boolean[] keyedInput;
    /** The heap scope of each input port. */
    private final HeapScope[] inputScopes;
    /** Each exchange port's target scope; {@code null} for the other input ports. */
    private final HeapScope[] exchangeScopes;
    /** The scope of each timer, by timer index. */
    private final HeapScope[] timerScopes;

    private final LocalTimers timers;
    private final PipelineTask task;
    private long eventNow;
    private long streamTime = Long.MIN_VALUE;
    /** The loop tasks that will fire due timers, each removed when it runs; cancelled by {@link #close()}. */
    private final Set<WakeUp> wakeUps = new HashSet<>();

    private boolean closed;
    /** Open, in processing time, and without a loop: an input runs on the caller's thread at once. */
    private boolean callerRuns;

    private LocalEngine(Builder builder) {
        this.spec = builder.spec;
        this.mode = builder.mode;
        this.loop = builder.loop != null
                ? builder.loop
                : mode == TimeMode.PROCESSING && !spec.timers().isEmpty() ? EventLoop.shared() : null;
        this.originNanos = loop == null || loop instanceof VirtualTimeLoop ? 0 : loop.nanoTime();
        this.originMillis = loop == null || loop instanceof VirtualTimeLoop ? 0 : System.currentTimeMillis();
        this.outputs = builder.outputs();
        spec.scopes().forEach(scope -> state.scope(scope.index())); // each scope holds its current key
        this.keyedInput = new boolean[spec.inputPorts()];
        this.inputScopes = new HeapScope[spec.inputPorts()];
        for (int port = 0; port < inputScopes.length; port++) {
            inputScopes[port] = state.scope(spec.scopeOfInput(port));
            keyedInput[port] = spec.scope(spec.scopeOfInput(port)).isKeyed();
        }
        this.exchangeScopes = new HeapScope[inputScopes.length];
        spec.exchanges().forEach(e -> exchangeScopes[e.port()] = inputScopes[e.port()]);
        this.timerScopes = new HeapScope[spec.timers().size()];
        spec.timers().forEach(t -> timerScopes[t.index()] = state.scope(t.scope()));
        this.timers = new LocalTimers(this, spec.timers().size());
        Context context = new Context();
        this.task = spec.newTask(context);
        context.task = task;
        this.callerRuns = loop == null && mode == TimeMode.PROCESSING;
    }

    /**
     * {@return a builder for an engine running {@code spec}}
     *
     * @param spec the pipeline's spec
     */
    public static Builder builder(PipelineSpec spec) {
        return new Builder(Objects.requireNonNull(spec, "spec"));
    }

    /** {@return the spec this engine runs} */
    public PipelineSpec spec() {
        return spec;
    }

    /** {@return the task, as {@link PipelineSpec#newTask} made it (the generated class calls it directly)} */
    public PipelineTask task() {
        return task;
    }

    /** {@return the heap state, for inspection} */
    public HeapBackend state() {
        return state;
    }

    /** {@return the loop timers run on; {@code null} if the engine has none} */
    public EventLoop loop() {
        return loop;
    }

    /** {@return the time mode} */
    public TimeMode timeMode() {
        return mode;
    }

    /** {@return the engine's current time (see the class comment)} */
    public long currentTimeMillis() {
        if (mode == TimeMode.EVENT) {
            return eventNow;
        }
        if (loop == null) {
            return System.currentTimeMillis();
        }
        return originMillis + Math.floorDiv(loop.nanoTime() - originNanos, 1_000_000L);
    }

    /** {@return how many timer registrations have not fired yet} */
    public int pendingTimers() {
        return timers.size();
    }

    /**
     * Feeds {@code value} into input port {@code port} in processing time. For a source of an
     * unkeyed scope, the key is ignored (the current key is {@code null} there).
     *
     * @param port the port
     * @param key the record key
     * @param value the element
     * @throws IllegalArgumentException if {@code port} is not an input port
     * @throws IllegalStateException in {@link TimeMode#EVENT}, which needs a timestamp
     */
    public void accept(int port, Object key, Object value) {
        if (callerRuns) {
            run(port, key, value);
            return;
        }
        if (closed) {
            throw closed("accept");
        }
        if (mode == TimeMode.EVENT) {
            throw new IllegalStateException("an engine in event time needs each input's timestamp");
        }
        if (loop != null && !loop.inLoop()) {
            loop.execute(() -> accept(port, key, value));
            return;
        }
        run(port, key, value);
    }

    /**
     * Feeds {@code value} into input port {@code port} with a timestamp: in {@link TimeMode#EVENT}
     * the time while it is processed, then timers due by the stream time fire. In
     * {@link TimeMode#PROCESSING} the timestamp is ignored.
     *
     * @param port the port
     * @param key the record key
     * @param value the element
     * @param timestampMillis the element's event time, in milliseconds
     */
    public void accept(int port, Object key, Object value, long timestampMillis) {
        if (closed) {
            throw closed("accept");
        }
        if (mode == TimeMode.PROCESSING) {
            accept(port, key, value);
            return;
        }
        if (loop != null && !loop.inLoop()) {
            loop.execute(() -> accept(port, key, value, timestampMillis));
            return;
        }
        eventNow = timestampMillis;
        run(port, key, value);
        advanceStreamTime(timestampMillis);
    }

    /**
     * Feeds {@code value} into source {@code source} (processing time, no key).
     *
     * @param source the source's name
     * @param value the element
     */
    public void accept(String source, Object value) {
        accept(spec.source(source).port(), null, value);
    }

    /**
     * Moves the stream time forward to {@code timeMillis} (never back) and fires the timers due
     * by it, as an input with that timestamp would.
     *
     * @param timeMillis the new time, in milliseconds
     * @throws IllegalStateException unless the engine is in {@link TimeMode#EVENT}
     */
    public void advanceStreamTime(long timeMillis) {
        if (closed) {
            throw closed("advanceStreamTime");
        }
        if (mode != TimeMode.EVENT) {
            throw new IllegalStateException("stream time only exists in event time");
        }
        streamTime = Math.max(streamTime, timeMillis);
        eventNow = streamTime;
        for (LocalTimers.Entry due = timers.pollDue(streamTime); due != null; due = timers.pollDue(streamTime)) {
            fire(due);
        }
    }

    private void run(int port, Object key, Object value) {
        if (port < 0 || port >= keyedInput.length) {
            throw new IllegalArgumentException(spec.pipeline() + " has no input port " + port);
        }
        HeapBackend heap = state;
        HeapScope scope = inputScopes[port];
        int outerScope = heap.currentScope;
        if (!keyedInput[port]) { // an unkeyed scope's key is always null: no outer key to give back
            scope.enter(null);
            heap.currentScope = scope.index;
            try {
                task.accept(port, key, value);
            } finally {
                heap.currentScope = outerScope;
            }
            return;
        }
        Object saved = enter(scope, key);
        heap.currentScope = scope.index;
        try {
            task.accept(port, key, value);
        } finally {
            leave(scope, saved);
            heap.currentScope = outerScope;
        }
    }

    /**
     * Makes {@code key} current in {@code scope} for a run of it; returns what {@link #leave}
     * restores. Only a run nested in another run of the same scope has a key to give back: once
     * the outermost run of a scope returns, nothing reads the scope until the next run enters it.
     */
    private static Object enter(HeapScope scope, Object key) {
        if (scope.depth++ == 0) {
            scope.enter(key);
            return NOTHING;
        }
        Object outer = scope.key();
        scope.enter(key);
        return outer;
    }

    /** Ends a run of {@code scope} begun by {@link #enter}. */
    private static void leave(HeapScope scope, Object saved) {
        scope.depth--;
        if (saved != NOTHING) {
            scope.enter(saved);
        }
    }

    /** Asks the loop to fire what is due at {@code dueMillis} (processing time). */
    void wakeAt(long dueMillis) {
        if (mode == TimeMode.EVENT) {
            return;
        }
        long millis = Math.min(Math.max(0, dueMillis - originMillis), MAX_DELAY_MILLIS);
        long delayNanos = Math.max(0, originNanos + millis * 1_000_000L - loop.nanoTime());
        WakeUp wakeUp = new WakeUp();
        wakeUp.scheduled = loop.schedule(Duration.ofNanos(delayNanos), wakeUp);
        wakeUps.add(wakeUp);
    }

    /**
     * Stops the engine: cancels its timers (what its time stages hold is discarded; their inputs'
     * calls returned long ago) and makes every later input throw a {@link StreamClosedException}.
     * Runs on the engine's loop, as everything else does; closing twice does nothing.
     *
     * @throws IllegalStateException if called on a {@link VirtualTimeLoop}'s engine from a thread
     *     other than the loop's own
     */
    @Override
    public void close() {
        if (loop == null) {
            closeNow();
        } else {
            Closing.onLoop(loop, this::closeNow);
        }
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return closed;
    }

    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        callerRuns = false;
        for (WakeUp wakeUp : wakeUps) {
            wakeUp.scheduled.cancel();
        }
        wakeUps.clear();
        timers.clear();
    }

    private StreamClosedException closed(String call) {
        return new StreamClosedException(call + " on the LocalEngine of " + spec.pipeline());
    }

    /** A loop task firing what is due when it runs. */
    private final class WakeUp implements Runnable {
        EventLoop.Cancellable scheduled;

        @Override
        public void run() {
            wakeUps.remove(this);
            if (!closed) {
                fireDue();
            }
        }
    }

    private void fireDue() {
        long now = currentTimeMillis();
        for (LocalTimers.Entry due = timers.pollDue(now); due != null; due = timers.pollDue(now)) {
            try {
                fire(due);
            } catch (RuntimeException | Error e) {
                loop.reportFailure(e);
            }
        }
    }

    private void fire(LocalTimers.Entry due) {
        HeapBackend heap = state;
        HeapScope scope = timerScopes[due.timer];
        Object saved = enter(scope, due.key);
        int outerScope = heap.currentScope;
        heap.currentScope = scope.index;
        try {
            task.onTimer(due.timer, currentTimeMillis());
        } finally {
            leave(scope, saved);
            heap.currentScope = outerScope;
        }
    }

    /**
     * What the task sees of this engine. It keeps its own references to what an element's path
     * reads (the heap, the outputs, the task), one load away instead of two.
     */
    private final class Context implements EngineContext {
        private final HeapBackend heap = state;
        private final LocalOutput[] outs = outputs;
        private final HeapScope[] targets = exchangeScopes;

        private PipelineTask task;

        @Override
        public StateBackend state() {
            return heap;
        }

        @Override
        public TimerService timers() {
            return timers;
        }

        @Override
        public long currentTimeMillis() {
            return LocalEngine.this.currentTimeMillis();
        }

        @Override
        public Object currentKey() {
            return heap.currentKey();
        }

        @Override
        public void emit(int sinkPort, Object value) {
            outs[sinkPort].emit(heap, value);
        }

        @Override
        public void emitInt(int sinkPort, int value) {
            outs[sinkPort].emitInt(heap, value);
        }

        @Override
        public void emitLong(int sinkPort, long value) {
            outs[sinkPort].emitLong(heap, value);
        }

        @Override
        public void emitDouble(int sinkPort, double value) {
            outs[sinkPort].emitDouble(heap, value);
        }

        /** A direct call: the element goes on with {@code key} current, then the key before it is again. */
        @Override
        public void exchange(int exchangePort, Object key, Object value) {
            HeapScope scope = exchangePort >= 0 && exchangePort < targets.length ? targets[exchangePort] : null;
            if (scope == null) {
                throw new IllegalArgumentException(spec.pipeline() + " has no exchange on port " + exchangePort);
            }
            HeapBackend heap = this.heap;
            int outerScope = heap.currentScope;
            if (scope.depth != 0) {
                exchangeNested(scope, outerScope, exchangePort, key, value);
                return;
            }
            scope.depth = 1;
            scope.enter(key);
            heap.currentScope = scope.index;
            try {
                task.accept(exchangePort, key, value);
            } finally {
                scope.depth = 0;
                heap.currentScope = outerScope;
            }
        }

        /** An exchange into a scope already running further up the stack: its key is given back after. */
        private void exchangeNested(HeapScope scope, int outerScope, int exchangePort, Object key, Object value) {
            Object saved = enter(scope, key);
            heap.currentScope = scope.index;
            try {
                task.accept(exchangePort, key, value);
            } finally {
                leave(scope, saved);
                heap.currentScope = outerScope;
            }
        }
    }

    /** Binds the output ports and chooses the loop and the time mode. */
    public static final class Builder {
        private final PipelineSpec spec;
        private final LocalOutput[] outputs;
        private EventLoop loop;
        private TimeMode mode = TimeMode.PROCESSING;

        private Builder(PipelineSpec spec) {
            this.spec = spec;
            this.outputs = new LocalOutput[spec.sinks().size()];
        }

        /**
         * Delivers the elements of sink {@code sink} to {@code consumer}.
         *
         * @param sink the sink's name
         * @param consumer the consumer
         * @return this builder
         */
        public Builder sink(String sink, Consumer<Object> consumer) {
            return bind(sink, new LocalOutput.Values(Objects.requireNonNull(consumer, "consumer")));
        }

        /**
         * Delivers the elements of sink {@code sink} with their record keys to {@code consumer}.
         *
         * @param sink the sink's name
         * @param consumer the consumer
         * @return this builder
         */
        public Builder sinkKeyed(String sink, BiConsumer<Object, Object> consumer) {
            return bind(sink, new LocalOutput.Keyed(Objects.requireNonNull(consumer, "consumer")));
        }

        /**
         * Delivers the {@code int} elements of sink {@code sink} to {@code consumer}, unboxed.
         *
         * @param sink the sink's name
         * @param consumer the consumer
         * @return this builder
         */
        public Builder sinkInt(String sink, IntConsumer consumer) {
            return bind(sink, new LocalOutput.Ints(Objects.requireNonNull(consumer, "consumer")));
        }

        /**
         * Delivers the {@code long} elements of sink {@code sink} to {@code consumer}, unboxed.
         *
         * @param sink the sink's name
         * @param consumer the consumer
         * @return this builder
         */
        public Builder sinkLong(String sink, LongConsumer consumer) {
            return bind(sink, new LocalOutput.Longs(Objects.requireNonNull(consumer, "consumer")));
        }

        /**
         * Delivers the {@code double} elements of sink {@code sink} to {@code consumer}, unboxed.
         *
         * @param sink the sink's name
         * @param consumer the consumer
         * @return this builder
         */
        public Builder sinkDouble(String sink, DoubleConsumer consumer) {
            return bind(sink, new LocalOutput.Doubles(Objects.requireNonNull(consumer, "consumer")));
        }

        /**
         * The loop the engine runs on; if not set, {@code EventLoop.shared()} for a spec with timers
         * in processing time, and none otherwise (calls then run on the caller's thread).
         *
         * @param loop the event loop
         * @return the loop the engine runs on
         */
        public Builder loop(EventLoop loop) {
            this.loop = Objects.requireNonNull(loop, "loop");
            return this;
        }

        /**
         * Processing time (the default) or event time.
         *
         * @param mode processing or event time
         * @return this builder
         */
        public Builder time(TimeMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * {@return the engine, with its task created}
         *
         * @throws IllegalStateException if an output sink is not bound
         */
        public LocalEngine build() {
            return new LocalEngine(this);
        }

        private Builder bind(String sink, LocalOutput output) {
            SinkSpec spec = this.spec.sink(sink);
            if (spec.kind() == SinkKind.SIDE_EFFECT) {
                throw new IllegalArgumentException("sink '" + sink + "' of " + this.spec.pipeline()
                        + " runs inside the task; it has nothing to bind");
            }
            outputs[spec.port()] = output;
            return this;
        }

        private LocalOutput[] outputs() {
            LocalOutput[] bound = outputs.clone();
            for (SinkSpec sink : spec.sinks()) {
                if (sink.kind() == SinkKind.SIDE_EFFECT) {
                    bound[sink.port()] = new LocalOutput.InsideTask(sink.name());
                } else if (bound[sink.port()] == null) {
                    throw new IllegalStateException("sink '" + sink.name() + "' of " + spec.pipeline()
                            + " is not bound; call sink(\"" + sink.name() + "\", ...) on the builder first");
                }
            }
            return bound;
        }
    }
}
