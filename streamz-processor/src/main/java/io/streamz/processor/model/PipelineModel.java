package io.streamz.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated pipeline: the interface and its stages in declaration order, with the edges
 * between them. Every name in a stage's {@code upstreams} is a stage declared before it.
 */
public final class PipelineModel {
    private final ClassName pipeline;
    private final List<Stage> stages;
    private final Set<String> memberNames;
    private final Set<String> qualifiedNames;
    private boolean metrics;
    private final Map<String, Stage> byName = new LinkedHashMap<>();
    private final Map<String, List<Edge>> downstreams = new HashMap<>();
    private EngineFacts engine;

    private final List<FailureSink> failureSinks;
    private List<String> suppressedWarnings = List.of();
    private final Map<String, FailureSink> failureRoutes = new HashMap<>();

    /**
     * The class generated from the interface {@code pipeline}: {@code com.acme.Totals} ->
     * {@code com.acme.Streamz_Totals}; {@code Outer.Totals} -> {@code Streamz_Outer_Totals}.
     */
    public static ClassName generatedClass(ClassName pipeline) {
        return ClassName.get(pipeline.packageName(), "Streamz_" + String.join("_", pipeline.simpleNames()));
    }

    /** A pipeline whose interface declares and inherits no member types and no fields. */
    public PipelineModel(ClassName pipeline, List<Stage> stages, Set<String> memberNames) {
        this(pipeline, stages, memberNames, Set.of());
    }

    /**
     * @param pipeline the interface
     * @param stages its stages in declaration order
     * @param memberNames every method name of the interface, stages or not (generated names avoid them)
     * @param qualifiedNames simple names generated code must not use for the types it imports,
     *     and writes those types in full: the member types and fields the interface declares or
     *     inherits (a class implementing it sees them), and the types of the interface's package
     *     named like a {@code java.lang} type (they shadow it)
     */
    public PipelineModel(ClassName pipeline, List<Stage> stages, Set<String> memberNames, Set<String> qualifiedNames) {
        this(pipeline, stages, memberNames, qualifiedNames, List.of());
    }

    /**
     * A pipeline with an error route.
     *
     * @param failureSinks its {@code @OnFailure} sinks, each naming the stages that route to it
     */
    public PipelineModel(
            ClassName pipeline,
            List<Stage> stages,
            Set<String> memberNames,
            Set<String> qualifiedNames,
            List<FailureSink> failureSinks) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.stages = List.copyOf(stages);
        this.memberNames = Collections.unmodifiableSet(new TreeSet<>(memberNames));
        this.qualifiedNames = Collections.unmodifiableSet(new TreeSet<>(qualifiedNames));
        for (Stage stage : this.stages) {
            if (byName.put(stage.name(), stage) != null) {
                throw new IllegalArgumentException("two stages named " + stage.name());
            }
            List<String> upstreams = stage.upstreams();
            for (int port = 0; port < upstreams.size(); port++) {
                Stage upstream = byName.get(upstreams.get(port));
                if (upstream == null) {
                    throw new IllegalArgumentException(
                            stage.name() + " names " + upstreams.get(port) + ", not declared before it");
                }
                downstreams
                        .computeIfAbsent(upstream.name(), name -> new ArrayList<>())
                        .add(new Edge(upstream, stage, port));
            }
            String resetBy = resetBy(stage);
            if (resetBy != null) {
                Stage reset = byName.get(resetBy);
                if (reset == null) {
                    throw new IllegalArgumentException(
                            stage.name() + " is reset by " + resetBy + ", not declared before it");
                }
                downstreams
                        .computeIfAbsent(reset.name(), name -> new ArrayList<>())
                        .add(new Edge(reset, stage, 1, true));
            }
        }
        this.failureSinks = List.copyOf(failureSinks);
        for (FailureSink sink : this.failureSinks) {
            for (String routed : sink.routed()) {
                if (!byName.containsKey(routed) || failureRoutes.put(routed, sink) != null) {
                    throw new IllegalArgumentException(sink.name() + " routes " + routed + ", unknown or routed twice");
                }
            }
        }
    }

    /** Whether another stage's elements reset {@code stage} (an accumulate's {@code resetBy}). */
    public boolean isReset(Stage stage) {
        return resetBy(stage) != null;
    }

    /** The stage whose elements reset {@code stage} (an accumulate's {@code resetBy}), or {@code null}. */
    private static String resetBy(Stage stage) {
        return stage.options() instanceof StageOptions.Accumulate accumulate ? accumulate.resetBy() : null;
    }

    /** Whether some stage is reset by another one's elements (an accumulate's {@code resetBy}). */
    public boolean hasResets() {
        for (Stage stage : stages) {
            if (resetBy(stage) != null) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @OnFailure} sinks, in declaration order. */
    public List<FailureSink> failureSinks() {
        return failureSinks;
    }

    /** The {@code @OnFailure} sink {@code stage} routes its failures to, or {@code null}: it fails. */
    public FailureSink failureRoute(Stage stage) {
        return failureRoutes.isEmpty() ? null : failureRoutes.get(stage.name());
    }

    /**
     * The warnings the generated classes suppress because they must name deprecated elements of the
     * user's ({@code "deprecation"}, {@code "removal"}); none by default.
     */
    public PipelineModel withSuppressedWarnings(List<String> warnings) {
        this.suppressedWarnings = List.copyOf(warnings);
        return this;
    }

    /** The warnings the generated classes suppress: those of the deprecated elements they name; often none. */
    public List<String> suppressedWarnings() {
        return suppressedWarnings;
    }

    /** Makes the generated code measure the pipeline ({@code @Pipeline(metrics = true)}) or not. */
    public PipelineModel withMetrics(boolean measured) {
        this.metrics = measured;
        return this;
    }

    /** Keys, scopes and codecs, for a pipeline with keys or {@code distributed = true}. */
    public PipelineModel withEngine(EngineFacts facts) {
        this.engine = facts;
        return this;
    }

    /** Keys, scopes and codecs, or {@code null} for a pipeline without keys and not distributed. */
    public EngineFacts engine() {
        return engine;
    }

    /** Whether the pipeline gets a {@code spec()} and an {@code Engine} body. */
    public boolean hasEngine() {
        return engine != null;
    }

    /** Whether {@code build()} runs the {@code Engine} body on a {@code LocalEngine}: the pipeline has keys. */
    public boolean isKeyed() {
        return engine != null && engine.keyed();
    }

    /** Whether the generated code measures the pipeline ({@code @Pipeline(metrics = true)}, or the processor option). */
    public boolean metrics() {
        return metrics;
    }

    /** The {@code @Pipeline} interface. */
    public ClassName pipeline() {
        return pipeline;
    }

    /** Every method name of the interface, sorted. */
    public Set<String> memberNames() {
        return memberNames;
    }

    /** The simple names of types that generated code writes in full, sorted. */
    public Set<String> qualifiedNames() {
        return qualifiedNames;
    }

    /** Every stage, in declaration order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage called {@code name}. */
    public Stage stage(String name) {
        Stage stage = byName.get(name);
        if (stage == null) {
            throw new IllegalArgumentException("no stage " + name + " in " + pipeline);
        }
        return stage;
    }

    /** The sources, in declaration order. */
    public List<Stage> sources() {
        return ofKind(StageKind.SOURCE);
    }

    /**
     * Whether the pipeline runs on an event loop: some stage hands elements on from the loop
     * (buffer, delay, rateLimit, timedWindow) or is an asynchronous sink.
     */
    public boolean usesLoop() {
        for (Stage stage : stages) {
            if (stage.kind().usesLoop() || stage.isAsyncSink()) {
                return true;
            }
        }
        return false;
    }

    /** The stages of one kind, in declaration order. */
    public List<Stage> ofKind(StageKind kind) {
        List<Stage> found = new ArrayList<>();
        for (Stage stage : stages) {
            if (stage.kind() == kind) {
                found.add(stage);
            }
        }
        return found;
    }

    /**
     * The edges leaving {@code upstream}, in the order its downstreams were declared (branch
     * order), those resetting an accumulate among them.
     */
    public List<Edge> downstreams(Stage upstream) {
        return Collections.unmodifiableList(downstreams.getOrDefault(upstream.name(), List.of()));
    }

    /** The stage's single upstream. */
    public Stage upstream(Stage stage) {
        return stage(stage.upstreams().get(0));
    }
}
