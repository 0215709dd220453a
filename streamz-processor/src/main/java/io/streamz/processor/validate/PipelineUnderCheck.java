package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the rules share while checking one {@code @Pipeline} interface: the interface, its
 * stages, javac's utilities and the report they add to. A stage with a broken shape is
 * marked so that later rules do not pile up follow-on errors about it.
 */
final class PipelineUnderCheck {
    private final TypeElement type;
    private final List<StageView> stages;
    private final Map<String, StageView> byName = new LinkedHashMap<>();
    private final Set<StageView> broken = new HashSet<>();
    private final Map<StageView, ExecutableElement> starts = new HashMap<>();
    private final Map<StageView, ExecutableElement> keys = new HashMap<>();
    /** The interface's methods (declared or inherited, not Object's) by name; read once, when first asked. */
    private Map<String, List<ExecutableElement>> methodsByName;

    private final ProcessingEnvironment env;
    private final Report report;

    PipelineUnderCheck(TypeElement type, List<StageView> stages, ProcessingEnvironment env, Report report) {
        this.type = type;
        this.stages = List.copyOf(stages);
        this.env = env;
        this.report = report;
        for (StageView stage : this.stages) {
            byName.putIfAbsent(stage.name(), stage);
        }
    }

    TypeElement type() {
        return type;
    }

    /** {@code Totals}, as messages name the interface. */
    String simpleName() {
        return type.getSimpleName().toString();
    }

    List<StageView> stages() {
        return stages;
    }

    /** The first stage declared with this name. */
    Optional<StageView> stage(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every stage name, in declaration order, duplicates once. */
    List<String> stageNames() {
        return Collections.unmodifiableList(new ArrayList<>(byName.keySet()));
    }

    Elements elements() {
        return env.getElementUtils();
    }

    Types types() {
        return env.getTypeUtils();
    }

    Report report() {
        return report;
    }

    /** Marks a stage whose shape is wrong, so its types are not trusted downstream. */
    void markBroken(StageView stage) {
        broken.add(stage);
    }

    boolean isBroken(StageView stage) {
        return broken.contains(stage);
    }

    /** The methods of the interface (declared or inherited, not {@code Object}'s) called {@code name}. */
    List<ExecutableElement> methodsNamed(String name) {
        if (methodsByName == null) {
            methodsByName = new HashMap<>();
            for (ExecutableElement method : ElementFilter.methodsIn(elements().getAllMembers(type))) {
                if (!method.getEnclosingElement().toString().equals("java.lang.Object")) {
                    methodsByName
                            .computeIfAbsent(method.getSimpleName().toString(), n -> new ArrayList<>())
                            .add(method);
                }
            }
        }
        return methodsByName.getOrDefault(name, List.of());
    }

    /** Records the method an accumulate's {@code start} names, once found fit. */
    void resolveStart(StageView stage, ExecutableElement method) {
        starts.put(stage, method);
    }

    /** The method {@code stage}'s {@code start} names, or null. */
    ExecutableElement start(StageView stage) {
        return starts.get(stage);
    }

    /** Records the method a partition's or unique's {@code key} names, once found fit. */
    void resolveKey(StageView stage, ExecutableElement method) {
        keys.put(stage, method);
    }

    /** The method {@code stage}'s {@code key} names, or null. */
    ExecutableElement key(StageView stage) {
        return keys.get(stage);
    }

    /**
     * What {@code stage}'s key method returns as a member of the interface, or null without one:
     * {@code Integer} for {@code T key(T element)} inherited from {@code Base<Integer>}.
     */
    TypeMirror keyType(StageView stage) {
        ExecutableElement key = key(stage);
        return key == null ? null : asMember(key).getReturnType();
    }

    /**
     * The type of {@code method} as a member of the interface: an inherited method of a generic
     * superinterface with that superinterface's type arguments in place of its type variables.
     */
    ExecutableType asMember(ExecutableElement method) {
        return (ExecutableType) types().asMemberOf((DeclaredType) type.asType(), method);
    }

    void error(Element element, ProblemCode code, String message) {
        report.add(Problem.on(code, element, message));
    }

    void error(Element element, AnnotationMirror annotation, ProblemCode code, String message) {
        report.add(Problem.on(code, element, annotation, message));
    }

    void error(Element element, AnnotationMirror annotation, AnnotationValue value, ProblemCode code, String message) {
        report.add(Problem.on(code, element, annotation, Optional.ofNullable(value), message));
    }

    /** An error on one attribute of a stage's annotation (on the annotation if left default). */
    void error(StageView stage, String attribute, ProblemCode code, String message) {
        report.add(Problem.on(code, stage.method(), stage.annotation(), stage.explicit(attribute), message));
    }

    /** An error on a stage method, marking the stage broken. */
    void brokenStage(StageView stage, ProblemCode code, String message) {
        markBroken(stage);
        error(stage.method(), code, message);
    }
}
