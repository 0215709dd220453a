package io.streamz.metrics;

/**
 * The figures of one stage of a measured pipeline, read live: every call reads the current
 * value. Counts are exact on the thread the pipeline runs on and, read from another thread,
 * eventually up to date (never torn, never decreasing). Implemented by the runtime only.
 */
public interface StageMetrics {
    /** The pipeline's name, as given to {@link PipelineMetrics#create(String)}. */
    String pipeline();

    /**
     * The stage's name, unique within its pipeline: its {@code @Pipeline} method name, or for an
     * interpreted node its {@linkplain io.streamz.Stream#named stream name}, else its label
     * ({@code map: parse}); a repeated name gets {@code #2}, {@code #3}, ... appended.
     */
    String stage();

    /** The operator, as streamz names it: {@code map}, {@code filter}, {@code sink}, {@code buffer}, ... */
    String operator();

    /** Elements this stage received: from its upstreams, or emitted into it directly. */
    long in();

    /** Elements this stage passed on downstream (a sink passes nothing on). */
    long out();

    /** Elements on which this stage's own code failed (thrown, or failed asynchronously), routed or not. */
    long failed();

    /** Whether this stage holds elements, so that {@link #depth()} means something. */
    boolean hasDepth();

    /**
     * What the stage holds right now: queued in a {@code buffer} (waiting producers included),
     * calls in flight in a {@code mapAsync}, elements pending in a {@code delay} or
     * {@code rateLimit}; 0 for a stage that holds nothing ({@link #hasDepth()} false).
     */
    long depth();

    /** Whether this stage is a sink, for which the latency figures below are recorded. */
    boolean isSink();

    /** How many elements reached this sink with their latency recorded. */
    long latencyCount();

    /** The sum of the latencies of {@link #latencyCount()} elements, in nanoseconds. */
    long latencyTotalNanos();

    /** The greatest latency recorded, in nanoseconds (0 before the first). */
    long latencyMaxNanos();
}
