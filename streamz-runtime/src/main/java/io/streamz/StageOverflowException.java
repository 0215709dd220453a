package io.streamz;

/**
 * Thrown instead of a {@link StackOverflowError} that a stage ran into: the graph nests emits
 * too deeply for the emitting thread's stack, typically a feedback loop without a decoupling
 * point ({@code links.sink(source::emit)}) or a chain of thousands of stages. The graph stays
 * usable: every stage the element passed has unwound normally. The remedy is a
 * {@link Stream#buffer(int) buffer} in the cycle, so that elements go round through the event
 * loop instead of the stack, or a thread with a bigger stack ({@code -Xss}, or the
 * {@code stackSize} argument of {@link Thread#Thread(ThreadGroup, Runnable, String, long)}).
 * Never routed to an error stream: it is a fault of the graph, not of one element.
 */
public final class StageOverflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The label of the stage whose call overflowed the stack. */
    private final String stage;

    /**
     * An overflow in stage {@code stage} (its label, e.g. {@code map: inc}), caused by {@code overflow}.
     *
     * @param stage the stage
     * @param overflow the {@code StackOverflowError} it replaces
     */
    public StageOverflowException(String stage, StackOverflowError overflow) {
        super(
                "the stack overflowed in stage <" + stage + ">: the graph nests emits too deeply (a feedback loop"
                        + " without a decoupling point, or a chain of thousands of stages); put a buffer(n) in the"
                        + " cycle so that elements go round through the event loop, or emit from a thread with a"
                        + " bigger stack (-Xss)",
                overflow);
        this.stage = stage;
    }

    /** {@return the label of the stage that ran into the overflow, e.g. {@code map: inc}} */
    public String stage() {
        return stage;
    }
}
