package io.streamz.internal;

import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The runtime's {@link PipelineMetrics}: the stage meters of one pipeline and the time a timed
 * element entered it. Only one element in {@link #latencySampling()} is timed (two clock reads on
 * a virtual machine can cost more than a whole fused pipeline): the others pay a countdown. The
 * pipeline runs on one thread at a time, so {@link #enter} and {@link #sinkReached} use plain
 * fields; everything a reader calls is thread-safe. Called by the runtime and generated code, not
 * API.
 */
public final class MeterGroup implements PipelineMetrics {
    private final String pipeline;
    private final LongSupplier clock;
    private final int sampling;
    private final List<StageMeter> stages = new CopyOnWriteArrayList<>();
    private final List<Consumer<? super StageMetrics>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> names = new HashSet<>();
    private volatile LongSupplier handOff = () -> 0;

    /** Whether an element is on its way through the pipeline on its thread. */
    private boolean emitting;

    /** Whether the element on its way is timed, having entered at {@link #origin}. */
    private boolean timed;

    private long origin;

    /**
     * Elements to enter until the next timed one, the one that brings it to 0 included: 1 at first
     * (the first element is timed), then {@link #sampling} again after each timed one. Without
     * sampling (0) it starts at -1 and, being a long, never comes back to 0.
     */
    private long untilTimed;

    public MeterGroup(String pipeline, int latencySampling, LongSupplier nanoClock) {
        Objects.requireNonNull(pipeline, "pipeline");
        if (pipeline.isBlank()) {
            throw new IllegalArgumentException("PipelineMetrics: pipeline must not be blank");
        }
        if (latencySampling < 0) {
            throw new IllegalArgumentException(
                    "PipelineMetrics: latencySampling must be 0 (no latency) or more; was " + latencySampling);
        }
        this.pipeline = pipeline;
        this.sampling = latencySampling;
        this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.untilTimed = latencySampling == 0 ? -1 : 1;
        FlightEvents.track(this);
    }

    /**
     * The runtime's group behind {@code metrics}.
     *
     * @throws IllegalArgumentException if {@code metrics} was not made by {@link PipelineMetrics#create}
     */
    public static MeterGroup of(PipelineMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        if (metrics instanceof MeterGroup) {
            return (MeterGroup) metrics;
        }
        throw new IllegalArgumentException(
                "metrics: " + metrics.getClass().getName() + " was not made by PipelineMetrics.create");
    }

    /**
     * The group of a generated pipeline: the builder's {@code metrics}, or, if none was set, a
     * group named {@code pipeline} (read only through Flight Recorder events).
     */
    public static MeterGroup orCreate(PipelineMetrics metrics, String pipeline) {
        return metrics == null
                ? new MeterGroup(pipeline, PipelineMetrics.DEFAULT_LATENCY_SAMPLING, System::nanoTime)
                : of(metrics);
    }

    /** A stage of generated code, holding nothing: its name is fixed, and it is listed at once. */
    public StageMeter stage(String name, String operator, boolean sink) {
        return stage(name, operator, sink, null);
    }

    /** A stage of generated code: its name is fixed, and it is listed at once. */
    public StageMeter stage(String name, String operator, boolean sink, LongSupplier depth) {
        StageMeter meter = new StageMeter(this, () -> name, () -> operator, sink, depth);
        meter.announceNow();
        return meter;
    }

    /** A stage of an interpreted graph, named by {@code naming} when first listed (its first event). */
    public StageMeter lazyStage(Supplier<String> naming, Supplier<String> operator, boolean sink, LongSupplier depth) {
        return new StageMeter(this, naming, operator, sink, depth);
    }

    /** Where {@link #handOffQueue()} reads the loop's foreign hand-off queue. */
    public void handOffFrom(LongSupplier pending) {
        this.handOff = Objects.requireNonNull(pending, "pending");
    }

    /**
     * An element starts through the pipeline, unless one already is on this pipeline's thread (a
     * stage emitting further, a feedback loop): then it is part of that one. If its turn in the
     * sampling has come, it is timed: its entry time is read now.
     *
     * @return whether this call started it, to pass to {@link #exit}
     */
    public boolean enter() {
        if (emitting) {
            return false;
        }
        emitting = true;
        if (--untilTimed == 0) {
            untilTimed = sampling;
            timed = true;
            origin = clock.getAsLong();
        }
        return true;
    }

    /** Ends what {@link #enter} started, if it started something. */
    public void exit(boolean entered) {
        if (entered) {
            emitting = false;
            timed = false;
        }
    }

    /** {@code sink} received the element that entered at {@link #enter}: its latency, if it is timed. */
    public void sinkReached(StageMeter sink) {
        if (timed) {
            sink.recordLatency(clock.getAsLong() - origin);
        }
    }

    void announce(StageMeter meter) {
        synchronized (names) { // listeners inside, so that forEachStage sees each stage once
            meter.nameAs(uniqueName(meter.candidateName()));
            stages.add(meter);
            for (Consumer<? super StageMetrics> listener : listeners) {
                listener.accept(meter);
            }
        }
    }

    /** The name of a meter not listed yet, as it would be listed now. */
    String nameOf(StageMeter meter) {
        return meter.candidateName();
    }

    private String uniqueName(String candidate) {
        String unique = candidate;
        for (int n = 2; !names.add(unique); n++) {
            unique = candidate + " #" + n;
        }
        return unique;
    }

    @Override
    public String pipeline() {
        return pipeline;
    }

    @Override
    public int latencySampling() {
        return sampling;
    }

    @Override
    public List<StageMetrics> stages() {
        return List.copyOf(stages);
    }

    @Override
    public Optional<StageMetrics> stage(String stage) {
        for (StageMeter meter : stages) {
            if (meter.stage().equals(stage)) {
                return Optional.of(meter);
            }
        }
        return Optional.empty();
    }

    @Override
    public long handOffQueue() {
        return handOff.getAsLong();
    }

    @Override
    public void forEachStage(Consumer<? super StageMetrics> listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (names) {
            listeners.add(listener);
            new ArrayList<>(stages).forEach(listener);
        }
    }

    @Override
    public String toString() {
        return "PipelineMetrics[" + pipeline + "]" + stages;
    }
}
