package io.streamz.source;

/**
 * What a {@link io.streamz.Source} reads from: a file, a socket, a child process, an iterable...
 * The driver is the configuration; {@link #open} is called by every {@code start()} and returns
 * the running {@link Session} that {@code stop()} closes. A driver instance belongs to one source.
 *
 * <p>Rules for implementations: {@code open} acquires what can fail because of bad input (opens
 * the file, binds the port, starts the process) and throws if it cannot, so that
 * {@code start()} fails with a clear message; it then schedules its work on
 * {@link SourceContext#loop()} or starts its own threads, and returns without emitting. Work
 * emits through {@link SourceContext#emit} and waits for the returned stage before the next
 * element (back pressure). Once {@link SourceContext#active()} is false it emits nothing more.
 *
 * <pre>{@code
 * Source<String> hello = new Source<>(loop, context -> {
 *     context.loop().execute(() -> context.emit("hello").thenRun(context::finished));
 *     return () -> {};
 * });
 * }</pre>
 *
 * @param <T> the type of the elements the source emits
 */
@FunctionalInterface
public interface SourceDriver<T> {

    /**
     * Starts reading: called by the source's {@code start()} on the calling thread.
     *
     * @param context the context
     * @return the running session, closed once by {@code stop()} or when the source ends; never
     *     {@code null} ({@code start()} then fails naming the source): {@code () -> {}} when there is
     *     nothing to close
     * @throws Exception if the source cannot start; {@code start()} rethrows it naming the source
     */
    Session open(SourceContext<T> context) throws Exception;

    /** {@return the operator name shown in the source's label, such as {@code fromTextFile}} */
    default String operatorName() {
        return "Source";
    }

    /** {@return the parameter shown in the source's label (a file, a port, a command), or {@code null}} */
    default String detail() {
        return null;
    }

    /** A running source: what {@code stop()} closes. */
    @FunctionalInterface
    interface Session {
        /**
         * Releases what the session holds (closes files and sockets, ends threads and child
         * processes) and cancels its scheduled work. Called once, from any thread; never throws.
         */
        void close();
    }
}
