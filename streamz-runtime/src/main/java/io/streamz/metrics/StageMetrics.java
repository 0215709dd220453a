package io.streamz.metrics;

/**
 * The figures of one stage of a measured pipeline, read live: every call reads the current
 * value. Counts are exact on the thread the pipeline runs on and, read from another thread,
 * eventually up to date (never torn, never decreasing). Implemented by the runtime only.
 */
public interface StageMetrics {
    /** {@return the pipeline's name, as given to {@link PipelineMetrics#create(String)}} */
    String pipeline();

    /**
     * The stage's name, unique within its pipeline: its {@code @Pipeline} method name, or for an
     * interpreted node its {@linkplain io.streamz.Stream#named stream name}, else its label
     * ({@code map: parse}); a repeated name gets {@code #2}, {@code #3}, ... appended.
     *
     * @return the stage's name
     */
    String stage();

    /** {@return the operator, as streamz names it: {@code map}, {@code filter}, {@code sink}, {@code buffer}, ..} */
    String operator();

    /** {@return elements this stage received: from its upstreams, or emitted into it directly} */
    long in();

    /** {@return elements this stage passed on downstream (a sink passes nothing on)} */
    long out();

    /** {@return elements on which this stage's own code failed (thrown, or failed asynchronously), routed or not} */
    long failed();

    /** {@return whether this stage holds elements, so that {@link #depth()} means something} */
    boolean hasDepth();

    /**
     * What the stage holds right now: queued in a {@code buffer} (waiting producers included),
     * calls in flight in a {@code mapAsync}, elements pending in a {@code delay} or
     * {@code rateLimit}; 0 for a stage that holds nothing ({@link #hasDepth()} false).
     *
     * @return the number of elements held now
     */
    long depth();

    /** {@return whether this stage is a sink, for which the latency figures below are recorded} */
    boolean isSink();

    /**
     * {@return how many elements reached this sink with their latency recorded: the timed ones,
     * one in {@link PipelineMetrics#latencySampling()} of those entering the pipeline (all of them
     * with sampling 1); {@link #in()} counts every element}
     */
    long latencyCount();

    /** {@return the sum of the latencies of {@link #latencyCount()} elements, in nanoseconds} */
    long latencyTotalNanos();

    /** {@return the greatest latency recorded (of the timed elements), in nanoseconds (0 before the first)} */
    long latencyMaxNanos();
}
