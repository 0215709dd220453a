package io.streamz;

/**
 * Argument checks that run inside a node's {@code super(...)} call, before the node attaches to
 * its upstreams: an operator that rejects its arguments must leave the graph as it was, not a
 * half-built node that the next {@code emit} would still reach.
 */
final class Preconditions {
    private Preconditions() {}

    /** Runs {@code check}, which throws on a bad argument, then returns {@code upstream}. */
    static Stream<?> checkedBefore(Stream<?> upstream, Runnable check) {
        check.run();
        return upstream;
    }

    /** Runs {@code check}, which throws on a bad argument, then returns {@code upstreams}. */
    static Stream<?>[] checkedBefore(Stream<?>[] upstreams, Runnable check) {
        check.run();
        return upstreams;
    }
}
