package io.streamz;

/**
 * The graph was {@linkplain Stream#close() closed}: what an emit into any of its nodes throws,
 * and what emit futures still pending when it closed complete with.
 */
public final class StreamClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * {@code what} (e.g. {@code "emit into <lines; Stream>"}) cannot be done: its graph is closed.
     *
     * @param what what could not be done
     */
    public StreamClosedException(String what) {
        super(what + ": the graph is closed");
    }
}
