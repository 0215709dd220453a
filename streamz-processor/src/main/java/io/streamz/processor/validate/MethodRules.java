package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.PipelineReader;
import io.streamz.processor.read.StageDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Rules on every method of the interface, before stages are told apart by kind: which methods
 * are stages at all, and whether generated code can call or implement them.
 */
final class MethodRules {
    private MethodRules() {}

    /** The stage annotations on a method, in source order. */
    static List<AnnotationMirror> stageAnnotations(Element method) {
        return PipelineReader.stageAnnotations(method);
    }

    /**
     * The stages {@code read} found, numbered in declaration order; reports abstract methods
     * that are not stages, which the generated class could not implement.
     */
    static List<StageView> collect(PipelineDecl pipeline, Report report) {
        for (ExecutableElement method : pipeline.methods()) {
            if (stageAnnotations(method).isEmpty()
                    && PipelineReader.onFailure(method) == null
                    && method.getModifiers().contains(Modifier.ABSTRACT)
                    && !isObjectMethod(method)
                    && !isClose(method)
                    && !(isStart(method) && StopRules.stops(pipeline.stages()))) {
                report.add(Problem.on(
                        ProblemCode.NON_STAGE_ABSTRACT_METHOD,
                        method,
                        "abstract method '" + method.getSimpleName() + "' has no stage annotation;"
                                + " the generated class could not implement it. Annotate it as a stage"
                                + " (@Source, @Sink, ...), give it a default body, or remove it."));
            }
        }
        List<StageView> stages = new ArrayList<>();
        for (StageDecl decl : pipeline.stages()) {
            stages.add(new StageView(stages.size(), decl));
        }
        return stages;
    }

    /** "A, B": the simple names of elements, as a reader lists them. */
    static String names(List<? extends Element> elements) {
        return elements.stream().map(e -> e.getSimpleName().toString()).collect(Collectors.joining(", "));
    }

    /** Per-stage method rules; run after {@link #collect} once the context exists. */
    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            List<AnnotationMirror> annotations = new ArrayList<>();
            annotations.add(stage.annotation());
            annotations.addAll(stage.decl().otherStageAnnotations());
            if (annotations.size() > 1) {
                p.markBroken(stage);
                p.error(
                        stage.method(),
                        annotations.get(1),
                        ProblemCode.MULTIPLE_STAGE_ANNOTATIONS,
                        "method '" + stage.name() + "' has " + annotations.size() + " stage annotations ("
                                + annotations.stream()
                                        .map(a -> "@"
                                                + a.getAnnotationType()
                                                        .asElement()
                                                        .getSimpleName())
                                        .collect(Collectors.joining(", "))
                                + "); a method is exactly one stage. Keep one annotation and declare"
                                + " another method for the other stage.");
            }
            checkModifiers(p, stage);
            if (!stage.method().getTypeParameters().isEmpty()) {
                p.brokenStage(
                        stage,
                        ProblemCode.GENERIC_STAGE_METHOD,
                        stage.describe() + " declares type parameters "
                                + names(stage.method().getTypeParameters())
                                + "; stage methods cannot be generic, the generated code needs concrete"
                                + " types. Replace the type parameters with concrete types.");
            }
            checkThrows(p, stage);
        }
        checkInherited(p);
    }

    private static void checkModifiers(PipelineUnderCheck p, StageView stage) {
        boolean isStatic = stage.method().getModifiers().contains(Modifier.STATIC);
        boolean isPrivate = stage.method().getModifiers().contains(Modifier.PRIVATE);
        if (isStatic || isPrivate) {
            String found = isStatic && isPrivate ? "private static" : isStatic ? "static" : "private";
            p.brokenStage(
                    stage,
                    ProblemCode.STATIC_OR_PRIVATE_STAGE,
                    stage.describe() + " is " + found + "; a stage is an instance method the generated"
                            + " class implements (abstract) or calls (default). Make it abstract or default.");
        }
    }

    private static void checkThrows(PipelineUnderCheck p, StageView stage) {
        List<String> checked = new ArrayList<>();
        for (TypeMirror thrown : stage.method().getThrownTypes()) {
            if (isChecked(p, thrown)) {
                checked.add(TypeText.of(thrown));
            }
        }
        if (!checked.isEmpty()) {
            p.brokenStage(
                    stage,
                    ProblemCode.CHECKED_EXCEPTION,
                    stage.describe() + " throws checked " + String.join(", ", checked)
                            + "; the generated code calls stages from methods that cannot throw it, so it"
                            + " would not compile. Catch it inside the stage, or wrap it in an unchecked"
                            + " exception (e.g. UncheckedIOException).");
        }
    }

    static boolean isChecked(PipelineUnderCheck p, TypeMirror thrown) {
        TypeMirror runtime =
                p.elements().getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = p.elements().getTypeElement("java.lang.Error").asType();
        return !p.types().isSubtype(thrown, runtime) && !p.types().isSubtype(thrown, error);
    }

    /** Abstract methods inherited from superinterfaces: the generated class must implement them. */
    private static void checkInherited(PipelineUnderCheck p) {
        for (ExecutableElement method : ElementFilter.methodsIn(p.elements().getAllMembers(p.type()))) {
            Element owner = method.getEnclosingElement();
            if (owner.equals(p.type())
                    || !method.getModifiers().contains(Modifier.ABSTRACT)
                    || isObjectMethod(method)
                    || isClose(method)
                    || (isStart(method)
                            && StopRules.stops(
                                    p.stages().stream().map(StageView::decl).toList()))) {
                continue;
            }
            p.error(
                    p.type(),
                    ProblemCode.NON_STAGE_ABSTRACT_METHOD,
                    p.simpleName() + " inherits abstract method '" + method.getSimpleName() + "' from "
                            + owner.getSimpleName() + "; the generated class implements only the stages"
                            + " declared in " + p.simpleName() + ". Give it a default body in "
                            + p.simpleName() + " or stop extending " + owner.getSimpleName() + ".");
        }
    }

    /**
     * {@code void close()}, declared or inherited (from {@code AutoCloseable}): every generated
     * class implements it, closing the pipeline.
     */
    private static boolean isClose(ExecutableElement method) {
        return method.getSimpleName().contentEquals("close")
                && method.getParameters().isEmpty()
                && method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID;
    }

    /**
     * {@code void start()}, declared or inherited: the generated classes implement it when a
     * {@code @MapAsync(stopOnException = true)} stage needs resuming ({@link StopRules}).
     */
    static boolean isStart(ExecutableElement method) {
        return method.getSimpleName().contentEquals("start")
                && method.getParameters().isEmpty()
                && method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID;
    }

    /** equals, hashCode and toString redeclared abstract in an interface: Object implements them. */
    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int arity = method.getParameters().size();
        return (name.equals("equals") && arity == 1)
                || (name.equals("hashCode") && arity == 0)
                || (name.equals("toString") && arity == 0);
    }
}
