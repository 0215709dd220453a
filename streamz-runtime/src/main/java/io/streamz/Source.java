package io.streamz;

/**
 * The seed's {@code Source()}: a source node that always runs on an event loop, so that time
 * operators and asynchronous sinks downstream push back through {@link #emit}'s future. Without
 * a loop argument it uses {@link EventLoop#shared()}, as streamz's {@code Source} ensures its
 * IO loop. Emits from other threads hop onto the loop (see the README's threading contract).
 *
 * <pre>{@code
 * Source<String> source = new Source<>();
 * source.map(Json::parse).buffer(100).sinkAsync(db::write);
 * source.emit(line).toCompletableFuture().join();   // the seed's `await source.emit(line)`
 * }</pre>
 */
public final class Source<T> extends Stream<T> {

    /** A source on the process-wide shared loop. */
    public Source() {
        this(EventLoop.shared());
    }

    /** A source on {@code loop}, e.g. a {@link VirtualTimeLoop} in tests. */
    public Source(EventLoop loop) {
        super((String) null, loop);
    }

    /** A named source on {@code loop}, labelled {@code <name; Source>}. */
    public Source(String name, EventLoop loop) {
        super(name, loop);
    }

    /** Sets the stream name and returns this source. */
    @Override
    public Source<T> named(String name) {
        super.named(name);
        return this;
    }

    @Override
    String operatorName() {
        return "Source";
    }

    @Override
    String graphvizShape() {
        return "doubleoctagon";
    }
}
