package io.streamz.kafka.streams;

/**
 * A value inside a scope's sub-topology with the port it belongs to: on the way in, the input
 * port (a source's or an exchange's), on the way out, the output (see {@link #sink} and
 * {@link #exchange}). It never reaches a topic: the serdes write the value alone.
 */
final class Tagged {
    final int port;
    final Object value;

    Tagged(int port, Object value) {
        this.port = port;
        this.value = value;
    }

    /** The output tag of sink port {@code port}. */
    static int sink(int port) {
        return port;
    }

    /** The output tag of exchange (input) port {@code port}: negative, so it never meets a sink's. */
    static int exchange(int port) {
        return -1 - port;
    }

    @Override
    public String toString() {
        return port + ":" + value;
    }
}
