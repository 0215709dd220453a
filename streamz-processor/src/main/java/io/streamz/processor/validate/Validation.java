package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.read.StageDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The outcome of validating one {@code @Pipeline}: its problems and, for a clean pipeline, what
 * validation resolved about each stage, so the model is built from the same answers: the
 * upstreams, the type the stage emits, the methods its {@code start} and {@code key} name, and
 * the {@code @OnFailure} sink it routes its failures to.
 */
public final class Validation {
    private final List<Problem> problems;
    private final Map<String, Resolved> stages = new HashMap<>();
    private EngineFacts engine;

    private final Map<String, String> routes;

    /** What validation resolved about one stage. */
    record Resolved(
            List<String> upstreams,
            TypeMirror output,
            ExecutableElement start,
            ExecutableElement key,
            TypeMirror keyType) {}

    Validation(List<Problem> problems) {
        this(problems, Map.of());
    }

    Validation(List<Problem> problems, Map<String, String> routes) {
        this.problems = List.copyOf(problems);
        this.routes = Map.copyOf(routes);
    }

    /** The name of the {@code @OnFailure} sink {@code stage} routes its failures to, or {@code null}: it fails. */
    public String failureRoute(StageDecl stage) {
        resolved(stage);
        return routes.get(stage.name());
    }

    void engine(EngineFacts facts) {
        this.engine = facts;
    }

    /** Keys, scopes and codecs of a pipeline with keys or {@code distributed = true}; {@code null} otherwise. */
    public EngineFacts engine() {
        return engine;
    }

    void put(String stage, Resolved resolved) {
        stages.put(stage, resolved);
    }

    /** The problems found, in the order found; empty when the generated class will compile. */
    public List<Problem> problems() {
        return problems;
    }

    /** The names of the stage's upstreams, in {@code from} order; empty for a source. */
    public List<String> upstreams(StageDecl stage) {
        return resolved(stage).upstreams();
    }

    /** The type of what the stage emits; {@code null} for a sink. */
    public TypeMirror output(StageDecl stage) {
        return resolved(stage).output();
    }

    /** The method an accumulate's {@code start} names, or {@code null} without one. */
    public ExecutableElement start(StageDecl stage) {
        return resolved(stage).start();
    }

    /** The method a partition's or unique's {@code key} names, or {@code null} without one. */
    public ExecutableElement key(StageDecl stage) {
        return resolved(stage).key();
    }

    /** What {@code stage}'s key method returns as a member of the interface, or null without one. */
    public TypeMirror keyType(StageDecl stage) {
        return resolved(stage).keyType();
    }

    private Resolved resolved(StageDecl stage) {
        Resolved resolved = stages.get(stage.name());
        if (resolved == null || !problems.isEmpty()) {
            throw new IllegalStateException("stage " + stage.name() + " was not resolved by a clean validation");
        }
        return resolved;
    }
}
