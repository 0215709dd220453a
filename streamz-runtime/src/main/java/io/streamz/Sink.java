package io.streamz;

import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A terminal node that calls a consumer on every element, or an asynchronous function whose
 * {@link CompletionStage} is handed back to the emitter (back pressure). It stays alive without
 * a reference, registered in {@link GlobalSinks}, until {@link #destroy()}.
 */
public final class Sink<T> extends Stream<T> {
    private final Consumer<? super T> consumer;
    private final Function<? super T, ? extends CompletionStage<?>> asyncFunction;
    /** The file of a {@code sinkToTextFile} sink, else {@code null}; {@link #closer} closes it. */
    private final TextFileWriter textFile;

    private final Cleaner.Cleanable closer;
    /** In {@link GlobalSinks}: while true, an upstream may hold this sink strongly (see {@link Stream#soleSink()}). */
    private volatile boolean registered;
    /** Set by {@link #closeNode}: an element reaching an asynchronous sink after that is refused. */
    private StreamClosedException closedBy;

    Sink(Stream<T> upstream, Consumer<? super T> consumer) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(consumer, "consumer")));
        this.consumer = consumer;
        this.asyncFunction = null;
        this.textFile = null;
        this.closer = null;
        register();
    }

    /** {@code sinkToTextFile}: the file is closed by {@link #destroy()} or once this sink is collected. */
    Sink(Stream<T> upstream, TextFileWriter textFile) {
        super(upstream);
        this.consumer = textFile;
        this.asyncFunction = null;
        this.textFile = textFile;
        this.closer = textFile.closeWhenCollected(this);
        register();
    }

    /** An asynchronous sink: {@code sinkAsync}. */
    Sink(Function<? super T, ? extends CompletionStage<?>> asyncFunction, Stream<T> upstream) {
        super(Preconditions.checkedBefore(upstream, () -> Objects.requireNonNull(asyncFunction, "f")));
        this.consumer = null;
        this.asyncFunction = asyncFunction;
        this.textFile = null;
        this.closer = null;
        register();
    }

    /**
     * The flag first, then the registry, then the upstreams, so that a concurrent
     * {@link GlobalSinks#clear()} leaves no upstream holding this sink strongly.
     */
    private void register() {
        registered = true;
        GlobalSinks.register(this);
        for (Stream<?> upstream : upstreams()) {
            upstream.refreshSoleDownstream();
        }
    }

    /** Whether this sink is in {@link GlobalSinks}, so that a strong reference to it keeps nothing extra alive. */
    boolean registered() {
        return registered;
    }

    /**
     * {@link GlobalSinks#clear()} removed this sink: upstreams go back to a weak reference, so that
     * it can be collected. Connecting adds the upstream here before the downstream there, so an
     * upstream this loop misses has not yet read {@link #registered}.
     */
    void leftRegistry() {
        registered = false;
        for (Stream<?> upstream : upstreams()) {
            upstream.refreshSoleDownstream();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        if (asyncFunction != null) {
            return updateAsync((T) x);
        }
        try {
            consumer.accept((T) x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        return null;
    }

    private CompletableFuture<Void> updateAsync(T x) {
        if (closedBy != null) { // closed from a stage before this one while x was on its way
            throw closedBy;
        }
        CompletionStage<?> stage;
        try {
            stage = asyncFunction.apply(x);
        } catch (Throwable e) {
            return failed(x, e);
        }
        if (stage == null) {
            return failed(
                    x,
                    new NullPointerException("sink: " + FunctionNames.of(asyncFunction)
                            + " returned null instead of a CompletionStage"));
        }
        return failedWhenTheLoopCloses(pendingOn(x, stage));
    }

    /**
     * A stage still pending when the loop closes may never complete (its work was to complete on
     * the loop): its emit future then fails with a {@link LoopClosedException}, as a producer
     * waiting on a buffer or a {@code mapAsync} slot does, instead of hanging. Without a loop
     * there is nothing to watch.
     */
    private CompletableFuture<Void> failedWhenTheLoopCloses(CompletableFuture<Void> pending) {
        EventLoop l = loopOrNull();
        if (pending != null && l != null) {
            EventLoop.Cancellable watch = l.whenClosed(() -> pending.completeExceptionally(
                    new LoopClosedException(l, this + ": its asynchronous work was still pending")));
            pending.whenComplete((value, failure) -> watch.cancel());
        }
        return pending;
    }

    /**
     * Disconnects this sink from its upstreams and removes it from {@link GlobalSinks}, so it
     * receives nothing more and can be collected. A {@code sinkToTextFile} sink also closes its file.
     *
     * From a thread other than the sink's loop, this runs on the loop and waits for it, after
     * the emits that thread already handed over (a file is closed after their writes).
     *
     * @throws IllegalStateException if it was already destroyed (streamz raises {@code KeyError}),
     *     or if called from a thread other than a {@link VirtualTimeLoop}'s own (then nothing is done)
     * @throws java.io.UncheckedIOException if the file of a {@code sinkToTextFile} sink cannot be closed
     */
    public void destroy() {
        onLoopAndWait(() -> {
            destroyHere();
            return null;
        });
    }

    private void destroyHere() {
        if (!GlobalSinks.unregister(this)) {
            throw new IllegalStateException(this + " is already destroyed");
        }
        registered = false; // disconnecting below drops the upstreams' strong references
        disconnectFromUpstreams();
        if (closer != null) {
            closer.clean();
            textFile.rethrowCloseFailure();
        }
    }

    /** Leaves {@link GlobalSinks}, so that the closed graph can be collected, and closes a file. */
    @Override
    void closeNode(StreamClosedException why) {
        if (GlobalSinks.unregister(this)) {
            leftRegistry();
        }
        // Work already started is the user's: its emits complete when it does, and hold their
        // metadata references until then (a Kafka offset is never committed for an unfinished write).
        closedBy = why;
        if (closer != null) {
            closer.clean();
        }
    }

    /** {@link Stream#named}, keeping the sink's type: {@code Sink<T> out = s.sink(f).named("out")}. */
    @Override
    public Sink<T> named(String name) {
        super.named(name);
        return this;
    }

    /** {@link Stream#routeFailuresTo}, keeping the sink's type. */
    @Override
    public Sink<T> routeFailuresTo(Stream<? super FailedElement> errors) {
        super.routeFailuresTo(errors);
        return this;
    }

    /** {@link Stream#failOnFailure}, keeping the sink's type. */
    @Override
    public Sink<T> failOnFailure() {
        super.failOnFailure();
        return this;
    }

    @Override
    String operatorName() {
        return "sink";
    }

    @Override
    String detail() {
        return FunctionNames.of(asyncFunction != null ? asyncFunction : consumer);
    }

    @Override
    String graphvizShape() {
        return "trapezium";
    }
}
