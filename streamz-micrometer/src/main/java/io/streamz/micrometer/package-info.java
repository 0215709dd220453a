/**
 * Micrometer for streamz pipelines: {@link io.streamz.micrometer.PipelineMeterBinder} publishes an
 * {@link io.streamz.metrics.PipelineMetrics} to a {@code MeterRegistry}. Optional: the runtime itself
 * depends on nothing beyond the JDK.
 */
package io.streamz.micrometer;
