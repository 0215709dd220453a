/**
 * Metrics of running pipelines, off until asked for: per-stage counts (in, out, failed), the
 * depth of what a stage holds (a buffer's queue, a {@code mapAsync}'s calls in flight, a delay's
 * or rate limit's pending elements), the loop's foreign hand-off queue, and the latency from an
 * element entering the graph to reaching a sink.
 *
 * <p>Create a {@link io.streamz.metrics.PipelineMetrics}, attach it to an interpreted graph with
 * {@link io.streamz.Stream#withMetrics} or to a generated pipeline declared
 * {@code @Pipeline(metrics = true)} through its builder's {@code metrics(...)}, and read it
 * from any thread. A graph without metrics pays nothing for them; while recording, the JDK
 * Flight Recorder receives the events {@code io.streamz.StageFailure} and
 * {@code io.streamz.StageStatistics}. The {@code streamz-micrometer} module publishes the same
 * figures to a Micrometer {@code MeterRegistry}.
 */
package io.streamz.metrics;
