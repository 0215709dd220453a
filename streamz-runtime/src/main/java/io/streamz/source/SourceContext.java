package io.streamz.source;

import io.streamz.EventLoop;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What a {@link SourceDriver}'s session uses to feed its source: one context per
 * {@code start()}. Its methods may be called from any thread.
 *
 * @param <T> the type of the elements the source emits
 */
public interface SourceContext<T> {

    /** {@return the loop the source's graph runs on: schedule polls and timers here} */
    EventLoop loop();

    /** {@return the source's label, such as {@code <fromTextFile: in.txt>}, for messages} */
    String label();

    /** {@return whether this session may still emit: false once the source was stopped or ended} */
    boolean active();

    /**
     * Emits {@code x} into the graph (on the loop; from another thread the element hops onto
     * it). The stage completes when every asynchronous stage downstream has finished with
     * {@code x}: wait for it before emitting the next element. A failure of a stage downstream
     * is reported to the loop's {@link EventLoop#reportFailure} and also completes the stage
     * exceptionally; the source goes on. On an inactive session nothing is emitted and the stage
     * fails with a {@link java.util.concurrent.CancellationException}.
     *
     * @param x the element
     * @return the element's back-pressure future: completes when the graph has finished with {@code x}
     */
    CompletionStage<Void> emit(T x);

    /**
     * {@link #emit(Object)} with metadata, as {@link io.streamz.Stream#emit(Object, List)}: a
     * {@link io.streamz.RefCounter} under {@code "ref"} is released once every branch has finished
     * with {@code x}: how a source learns what it may checkpoint.
     *
     * @param x the element
     * @param metadata the metadata
     * @return {@link #emit(Object)} with metadata, as {@link io.streamz.Stream#emit(Object, List)}
     */
    CompletionStage<Void> emit(T x, List<? extends Map<String, ?>> metadata);

    /** The source ran out (an iterable ended, a process exited): it stops, as by {@code stop()}. */
    void finished();

    /**
     * The source cannot go on (an I/O error while running): reports {@code cause}, wrapped in an
     * exception naming the source, to the loop's {@link EventLoop#reportFailure} and stops the
     * source. Does nothing once the session is inactive (errors caused by closing it).
     *
     * @param cause why the source stops
     */
    void fail(Throwable cause);
}
