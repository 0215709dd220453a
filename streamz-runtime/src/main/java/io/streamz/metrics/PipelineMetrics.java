package io.streamz.metrics;

import io.streamz.internal.MeterGroup;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The metrics of one pipeline: an interpreted graph ({@link io.streamz.Stream#withMetrics}) or
 * a generated {@code @Pipeline(metrics = true)} (its builder's {@code metrics(...)}). Its
 * {@linkplain #stages() stages} appear as they are measured. Thread-safe: read it from any
 * thread, e.g. a metrics scraper. Created with {@link #create}; implemented by the runtime only.
 */
public interface PipelineMetrics {
    /**
     * How many elements {@link #create(String)} lets pass per element whose latency it times: one
     * element in 64 reads the clock (twice: on entering the pipeline and at each sink it reaches),
     * the others are only counted.
     */
    int DEFAULT_LATENCY_SAMPLING = 64;

    /**
     * Metrics named {@code pipeline} (the {@code pipeline} tag), the latency of one element in
     * {@link #DEFAULT_LATENCY_SAMPLING} timed by {@link System#nanoTime()}.
     *
     * @param pipeline the pipeline's name
     * @return new, empty metrics
     * @throws IllegalArgumentException if {@code pipeline} is blank
     */
    static PipelineMetrics create(String pipeline) {
        return create(pipeline, DEFAULT_LATENCY_SAMPLING);
    }

    /**
     * Metrics named {@code pipeline}, the latency of one element in {@code latencySampling} timed
     * by {@link System#nanoTime()}: 1 times every element, 0 none (counts only).
     *
     * @param pipeline the pipeline's name
     * @param latencySampling time the first element and then every {@code latencySampling}-th
     *     element entering the pipeline; 0 for no latency at all
     * @return new, empty metrics
     * @throws IllegalArgumentException if {@code pipeline} is blank or {@code latencySampling} negative
     */
    static PipelineMetrics create(String pipeline, int latencySampling) {
        return create(pipeline, latencySampling, System::nanoTime);
    }

    /**
     * Metrics named {@code pipeline}, the latency of one element in {@code latencySampling} timed
     * by {@code nanoClock} (e.g. a {@link io.streamz.VirtualTimeLoop}'s {@code nanoTime} in tests,
     * with {@code latencySampling} 1 to time every element).
     *
     * @param pipeline the pipeline's name
     * @param latencySampling time the first element and then every {@code latencySampling}-th
     *     element entering the pipeline; 0 for no latency at all
     * @param nanoClock the clock latencies are read from, in nanoseconds
     * @return new, empty metrics
     * @throws IllegalArgumentException if {@code pipeline} is blank or {@code latencySampling} negative
     */
    static PipelineMetrics create(String pipeline, int latencySampling, LongSupplier nanoClock) {
        return new MeterGroup(pipeline, latencySampling, nanoClock);
    }

    /** {@return the name given to {@link #create}} */
    String pipeline();

    /**
     * {@return one element in how many has its latency timed, as given to {@link #create}: 1
     * every element, 0 none}
     */
    int latencySampling();

    /** {@return the stages measured so far, in the order they were first measured} */
    List<StageMetrics> stages();

    /**
     * The stage named {@code stage} (see {@link StageMetrics#stage()}), if it is measured.
     *
     * @param stage the stage's name
     * @return its metrics, or empty
     */
    Optional<StageMetrics> stage(String stage);

    /**
     * Elements other threads have handed to the pipeline's {@link io.streamz.ScheduledEventLoop}
     * that have not started yet (the loop's foreign hand-off queue); 0 without such a loop.
     *
     * @return the hand-off queue's length now
     */
    long handOffQueue();

    /**
     * Calls {@code listener} with every stage measured now and, later, with each new stage when
     * it is first measured (an adapter such as {@code streamz-micrometer} registers its meters
     * there). The listener runs on the pipeline's thread for new stages: keep it short.
     *
     * @param listener called once per stage
     */
    void forEachStage(Consumer<? super StageMetrics> listener);
}
