package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a streamz pipeline: each method carrying a stage annotation
 * ({@link Source}, {@link Map}, {@link Filter}, {@link Accumulate}, {@link Sink}, ...) is one
 * stage, named after the method. The streamz processor generates {@code Streamz_<Name>} in the
 * same package (nested {@code Outer.Name} gives {@code Streamz_Outer_Name}): a fused
 * implementation of the whole topology, a builder for its sinks, and an interpreted twin wired
 * from {@code io.streamz.Stream} nodes.
 *
 * <p>A stage's upstream is the stage declared just before it unless it names another with
 * {@code from}; a {@link Source} starts a new chain. Several stages naming the same upstream
 * make branches, which run depth-first in declaration order.
 *
 * <p>A pipeline with a {@link KeyBy} stage (or {@code distributed = true}) also gets a static
 * {@code spec()} and a nested {@code Engine}: the same segments with their state per key, which
 * any engine can run; locally, {@code build()} runs it on {@code io.streamz.engine.LocalEngine}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pipeline {
    /**
     * Whether the pipeline is meant to run on a distributed engine (Kafka Streams, Flink): the
     * processor then reports, as compile errors, whatever an engine cannot run: state outside a
     * {@link KeyBy} scope, unstable key types, types without a codec, {@link MapAsync} stages and
     * asynchronous sinks. Such a pipeline also gets the generated {@code spec()} and
     * {@code Engine} body, as a pipeline with a {@link KeyBy} does.
     *
     * @return whether the engine rules are compile errors
     */
    boolean distributed() default false;

    /**
     * Codecs for types the processor cannot derive one for: classes implementing
     * {@code io.streamz.codec.Codec<T>} with a public no-argument constructor, one per type
     * {@code T}. Used by {@code spec()} for ports, keys and state.
     *
     * @return the codec classes
     */
    Class<?>[] codecs() default {};

    /**
     * Whether the generated code measures the pipeline: elements in, out and failed per stage,
     * what its buffer, delay, rate limit and mapAsync stages hold, and each sink's latency, into
     * the {@code io.streamz.metrics.PipelineMetrics} given to the builder's {@code metrics(...)}
     * (the interpreted twin too). Off by default, and then the generated code holds nothing of it;
     * the processor option {@code -Astreamz.metrics=true} turns it on for every pipeline of a build.
     *
     * @return whether to generate metrics
     */
    boolean metrics() default false;
}
