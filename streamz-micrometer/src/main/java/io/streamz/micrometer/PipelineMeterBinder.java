package io.streamz.micrometer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a {@link PipelineMetrics} to a Micrometer {@link MeterRegistry}, as Micrometer's own
 * binders do ({@code new PipelineMeterBinder(metrics).bindTo(registry)}). Every meter reads the
 * pipeline's figures when the registry asks, so binding adds nothing to the pipeline's own work.
 * Tagged {@code pipeline} and {@code stage} (plus any tags given here); stages that appear later
 * (an interpreted stage is listed at its first element) get their meters then.
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>of</th></tr>
 *   <tr><td>{@code streamz.stage.in}</td><td>function counter</td><td>every stage: {@link StageMetrics#in()}</td></tr>
 *   <tr><td>{@code streamz.stage.out}</td><td>function counter</td><td>every stage: {@link StageMetrics#out()}</td></tr>
 *   <tr><td>{@code streamz.stage.failed}</td><td>function counter</td><td>every stage: {@link StageMetrics#failed()}</td></tr>
 *   <tr><td>{@code streamz.stage.depth}</td><td>gauge</td><td>stages holding elements: {@link StageMetrics#depth()}</td></tr>
 *   <tr><td>{@code streamz.sink.latency}</td><td>function timer</td><td>sinks: count and total of the latencies of the timed elements (one in {@link PipelineMetrics#latencySampling()})</td></tr>
 *   <tr><td>{@code streamz.sink.latency.max}</td><td>time gauge</td><td>sinks: the greatest latency of the timed elements</td></tr>
 *   <tr><td>{@code streamz.handoff.queue}</td><td>gauge</td><td>the pipeline (tag {@code pipeline} only): {@link PipelineMetrics#handOffQueue()}</td></tr>
 * </table>
 */
public final class PipelineMeterBinder implements MeterBinder {
    private final PipelineMetrics metrics;
    private final Iterable<Tag> tags;

    /**
     * Binds {@code metrics} with the tags {@code pipeline} and {@code stage} only.
     *
     * @param metrics the pipeline's metrics to publish
     */
    public PipelineMeterBinder(PipelineMetrics metrics) {
        this(metrics, Tags.empty());
    }

    /**
     * Binds {@code metrics}, adding {@code tags} to every meter (an application or instance tag).
     *
     * @param metrics the pipeline's metrics to publish
     * @param tags added to every meter
     */
    public PipelineMeterBinder(PipelineMetrics metrics, Iterable<Tag> tags) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        Tags pipeline = Tags.of(tags).and("pipeline", metrics.pipeline());
        Gauge.builder("streamz.handoff.queue", metrics, m -> m.handOffQueue())
                .tags(pipeline)
                .description("Elements other threads handed to the pipeline's event loop that have not started yet")
                .baseUnit("elements")
                .strongReference(true)
                .register(registry);
        metrics.forEachStage(stage -> bindStage(registry, pipeline.and("stage", stage.stage()), stage));
    }

    private static void bindStage(MeterRegistry registry, Tags tags, StageMetrics stage) {
        counter(registry, "streamz.stage.in", "Elements the stage received", tags, stage, StageMetrics::in);
        counter(registry, "streamz.stage.out", "Elements the stage passed on", tags, stage, StageMetrics::out);
        counter(
                registry,
                "streamz.stage.failed",
                "Elements on which the stage's own code failed",
                tags,
                stage,
                StageMetrics::failed);
        if (stage.hasDepth()) {
            Gauge.builder("streamz.stage.depth", stage, StageMetrics::depth)
                    .tags(tags)
                    .description("Elements the stage holds: queued, in flight or pending")
                    .baseUnit("elements")
                    .strongReference(true)
                    .register(registry);
        }
        if (stage.isSink()) {
            FunctionTimer.builder(
                            "streamz.sink.latency",
                            stage,
                            StageMetrics::latencyCount,
                            StageMetrics::latencyTotalNanos,
                            TimeUnit.NANOSECONDS)
                    .tags(tags)
                    .description(
                            "Time from an element entering the pipeline to reaching the sink, of the timed (sampled) elements")
                    .register(registry);
            TimeGauge.builder("streamz.sink.latency.max", stage, TimeUnit.NANOSECONDS, StageMetrics::latencyMaxNanos)
                    .tags(tags)
                    .description("The greatest latency recorded at the sink, of the timed (sampled) elements")
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static void counter(
            MeterRegistry registry,
            String name,
            String description,
            Tags tags,
            StageMetrics stage,
            ToDoubleFunction<StageMetrics> count) {
        FunctionCounter.builder(name, stage, count)
                .tags(tags)
                .description(description)
                .baseUnit("elements")
                .register(registry);
    }
}
