package io.streamz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What {@link Stream#collect()} returns: a node that caches every element it receives and emits
 * them all as one list when {@link #flush()} is called, typically from another stream:
 * {@code other.sink(collector::flush)}. An element's metadata references are held until it is
 * flushed; the flushed list carries its members' metadata.
 */
public final class CollectStream<T> extends Stream<List<T>> {
    private final List<Object> cache = new ArrayList<>();
    /** The metadata of the cached elements, held until they are flushed. */
    private final HeldElements held = new HeldElements();

    CollectStream(Stream<T> upstream) {
        super(upstream);
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        cache.add(held.hold(x));
        return null;
    }

    /**
     * Emits the cached elements as one list, empty included, and clears the cache. The cache is
     * cleared before the list goes downstream, so a downstream failure does not make the next
     * flush repeat the batch, and elements fed back during the emission start the next one.
     * Called from a thread other than the graph's loop, it hops onto the loop as {@link #emit}
     * does: it returns at once and the flush comes after the emits that thread handed over.
     *
     * @return a stage that completes when the downstream has finished with the list, like {@link #emit}
     */
    public CompletionStage<Void> flush() {
        return pushWhereTheGraphRuns("flush", this::flushHere);
    }

    private CompletableFuture<Void> flushHere() {
        Object[] batch = cache.toArray();
        cache.clear();
        return held.letGoAll(Tuples.wrap(batch), wrapper -> true, this::emitDownstream);
    }

    /**
     * {@link #flush()}, ignoring its argument, so that it can be a sink: {@code other.sink(collector::flush)}.
     *
     * @param ignored ignored any value; the trigger, as streamz's {@code flush(_=None)} takes one
     * @return {@link #flush()}, ignoring its argument, so that it can be a sink
     */
    public CompletionStage<Void> flush(Object ignored) {
        return flush();
    }

    /**
     * A copy of the elements cached since the last flush; from a thread other than the graph's
     * loop, read on the loop (waiting for it), after the emits that thread handed over.
     *
     * @return a copy of the elements cached since the last flush
     * @throws IllegalStateException from a thread other than a {@link VirtualTimeLoop}'s own
     */
    public List<T> cached() {
        return onLoopAndWait(() -> {
            Object[] elements = cache.toArray();
            for (int i = 0; i < elements.length; i++) {
                elements[i] = HeldElements.element(elements[i]);
            }
            return Tuples.wrap(elements);
        });
    }

    /** {@link Stream#named}, keeping {@link #flush()} in reach: {@code s.collect().named("batch").flush()}. */
    @Override
    public CollectStream<T> named(String name) {
        super.named(name);
        return this;
    }

    /** A closed graph lets go of the metadata of what is cached. */
    @Override
    void closeNode(StreamClosedException why) {
        held.releaseAll();
    }

    @Override
    String operatorName() {
        return "collect";
    }
}
