package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.Report;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.SourceTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Judges a {@code @Pipeline} interface before a model is built from it. Every rule adds to one
 * {@link Report}; the processor generates code only when the report is clean, so a model is
 * only ever built from an interface whose generated class will compile.
 */
public final class PipelineValidator {
    private final ProcessingEnvironment env;

    public PipelineValidator(ProcessingEnvironment env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The qualified names of the stage annotations, for the processor's supported types. */
    public static Set<String> stageAnnotationNames() {
        return StageShapes.qualifiedNames();
    }

    /**
     * Types the interface refers to that do not exist (yet). Not clean: defer the interface to
     * the next round; in the last round report this as the interface's errors.
     */
    public List<Problem> unresolvedTypes(TypeElement pipeline) {
        return MissingTypes.find(Objects.requireNonNull(pipeline, "pipeline")).problems();
    }

    /**
     * The problems of a {@code @Pipeline} type whose referenced types all exist, in the order
     * found; empty when its generated class will compile.
     */
    public List<Problem> validate(PipelineDecl pipeline) {
        return check(pipeline).problems();
    }

    /**
     * The problems of a {@code @Pipeline} type whose referenced types all exist and, when there
     * are none, what validation resolved about its stages, for the model.
     */
    public Validation check(PipelineDecl pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        Report report = new Report();
        TypeElement type = pipeline.type();
        AnnotationMirror annotation = pipelineAnnotation(type)
                .orElseThrow(() -> new IllegalArgumentException(type + " is not annotated @Pipeline"));
        if (!PipelineTypeRules.check(type, annotation, report)) {
            return new Validation(report.problems());
        }
        List<StageView> stages = MethodRules.collect(pipeline, report);
        PipelineUnderCheck p = new PipelineUnderCheck(type, stages, env, report);
        MethodRules.check(p);
        ShapeRules.check(p);
        AccessRules.check(p);
        ReturnTypeRules.check(p);
        ValueRules.check(p);
        RawTypeRules.check(p);
        Topology topology = TopologyRules.check(p);
        ResetRules.check(p, topology);
        StopRules.check(p);
        TypeFlowRules types = TypeFlowRules.check(p, topology);
        PipelineOptions options = PipelineOptions.read(p, annotation);
        EngineFacts engine = report.problems().isEmpty() ? KeyRules.check(p, topology, types, options) : null;
        GeneratedMemberRules.check(p, engine != null);
        Map<String, String> routes = FailureRouteRules.check(p, pipeline.failureSinks());
        if (engine != null) {
            engine = EngineRoutes.check(p, pipeline.failureSinks(), routes, engine, options);
        }
        Validation validation = new Validation(report.problems(), routes);
        validation.engine(engine);
        for (StageView stage : stages) {
            List<String> upstreams = new ArrayList<>();
            topology.inputs(stage).forEach(input -> upstreams.add(input.name()));
            validation.put(
                    stage.name(),
                    new Validation.Resolved(
                            upstreams, types.output(stage), p.start(stage), p.key(stage), p.keyType(stage)));
        }
        return validation;
    }

    /** Stage annotations in this round outside any {@code @Pipeline} type. */
    public List<Problem> strayStageAnnotations(RoundEnvironment round) {
        return StrayAnnotationRule.check(
                        Objects.requireNonNull(round, "round"), env.getElementUtils(), SourceTrees.of(env))
                .problems();
    }

    /**
     * Streamz annotations on local and anonymous types (declared inside a body) of the round's
     * sources, which javac never shows a processor: each a mistake. Empty when not under javac.
     */
    public List<LocalProblem> localTypes(RoundEnvironment round) {
        Objects.requireNonNull(round, "round");
        return LocalTypeRule.check(
                SourceTrees.of(env).localAnnotations(round.getRootElements(), env.getElementUtils()));
    }

    /**
     * The {@code @Pipeline} annotation on a type, if present.
     *
     * @param type the type
     * @return its {@code @Pipeline} annotation, or empty
     */
    public static Optional<AnnotationMirror> pipelineAnnotation(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(StageShapes.PIPELINE)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }
}
