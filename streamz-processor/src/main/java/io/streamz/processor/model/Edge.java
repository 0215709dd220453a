package io.streamz.processor.model;

/**
 * A connection from an upstream stage to a downstream one.
 *
 * @param from the upstream stage
 * @param to the downstream stage
 * @param port the position of {@code from} among {@code to}'s upstreams (a join's tuple index;
 *     1 for the stage resetting an accumulate, its second input in the runtime)
 * @param reset whether {@code from}'s elements reset {@code to} (an accumulate's {@code resetBy})
 *     instead of flowing into it
 */
public record Edge(Stage from, Stage to, int port, boolean reset) {
    /** An edge carrying elements. */
    public Edge(Stage from, Stage to, int port) {
        this(from, to, port, false);
    }
}
