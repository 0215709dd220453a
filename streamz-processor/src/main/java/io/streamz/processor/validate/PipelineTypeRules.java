package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Rules on the {@code @Pipeline} type itself: it must be an interface that a generated
 * top-level class in the same package can implement.
 */
final class PipelineTypeRules {
    private PipelineTypeRules() {}

    /** Checks the type; false when it is not an interface and nothing else can be checked. */
    static boolean check(TypeElement type, AnnotationMirror pipeline, Report report) {
        if (type.getKind() != ElementKind.INTERFACE) {
            report.add(Problem.on(
                    ProblemCode.PIPELINE_NOT_INTERFACE,
                    type,
                    pipeline,
                    "@Pipeline must be on an interface; found it on " + kindName(type) + " "
                            + type.getSimpleName() + ". Declare " + type.getSimpleName()
                            + " as an interface whose methods are the stages."));
            return false;
        }
        Optional<List<TypeElement>> inherited = pipelineAncestor(type);
        if (inherited.isPresent()) {
            report.add(extendsPipeline(type, inherited.get()));
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.add(Problem.on(
                    ProblemCode.GENERIC_PIPELINE,
                    type,
                    "generic @Pipeline interfaces are not supported; " + type.getSimpleName()
                            + " declares type parameters " + MethodRules.names(type.getTypeParameters())
                            + ". Remove them and use concrete types in the stages (declare one"
                            + " interface per element type)."));
        }
        if (type.getModifiers().contains(Modifier.SEALED)) {
            report.add(Problem.on(
                    ProblemCode.SEALED_PIPELINE,
                    type,
                    "a @Pipeline interface cannot be sealed; " + type.getSimpleName() + " permits only the"
                            + " classes it lists, and the generated classes implementing it (the fused class"
                            + " and its interpreted twin) cannot be among them. Remove 'sealed' and the"
                            + " 'permits' clause."));
        }
        String inaccessible = whyInaccessible(type);
        if (inaccessible != null) {
            report.add(Problem.on(
                    ProblemCode.INACCESSIBLE_PIPELINE,
                    type,
                    "the generated class cannot implement " + type.getSimpleName() + "; "
                            + inaccessible + ". Make it a top-level interface, or a member interface that"
                            + " is not private and is nested only in types that are not private."));
        }
        return true;
    }

    /**
     * The path to the nearest {@code @Pipeline} among the superinterfaces, direct or not:
     * {@code [Base]}, or {@code [Mid, Base]} when {@code Mid} (plain) extends the pipeline
     * {@code Base}. Breadth first, so the shortest path is found.
     */
    private static Optional<List<TypeElement>> pipelineAncestor(TypeElement type) {
        Deque<List<TypeElement>> paths = new ArrayDeque<>();
        Set<TypeElement> seen = new HashSet<>();
        paths.add(List.of(type));
        while (!paths.isEmpty()) {
            List<TypeElement> path = paths.poll();
            for (TypeMirror superinterface : path.get(path.size() - 1).getInterfaces()) {
                if (!(superinterface instanceof DeclaredType declared)
                        || !(declared.asElement() instanceof TypeElement parent)
                        || !seen.add(parent)) {
                    continue;
                }
                List<TypeElement> longer = new ArrayList<>(path);
                longer.add(parent);
                if (PipelineValidator.pipelineAnnotation(parent).isPresent()) {
                    return Optional.of(longer.subList(1, longer.size()));
                }
                paths.add(longer);
            }
        }
        return Optional.empty();
    }

    private static Problem extendsPipeline(TypeElement type, List<TypeElement> path) {
        TypeElement base = path.get(path.size() - 1);
        String through =
                path.size() == 1 ? "" : " (through " + MethodRules.names(path.subList(0, path.size() - 1)) + ")";
        return Problem.on(
                ProblemCode.PIPELINE_EXTENDS_PIPELINE,
                type,
                "a @Pipeline cannot extend another @Pipeline; " + type.getSimpleName() + " extends "
                        + base.getSimpleName() + through + ". A pipeline's topology is the stages declared in"
                        + " it, top-down, and its generated class would also be a " + base.getSimpleName()
                        + " running other stages. Declare every stage in " + type.getSimpleName()
                        + " and stop extending " + base.getSimpleName() + "; to share stage functions, put"
                        + " them as plain default methods (no stage annotation) in an interface without"
                        + " @Pipeline that both extend, and call them from each pipeline's stages.");
    }

    /**
     * Why a top-level class in the same package cannot see {@code type}, or null if it can.
     * (Local interfaces never get here: javac does not show types inside method bodies to
     * annotation processors.)
     */
    private static String whyInaccessible(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            String name = t == type ? "it" : t.getSimpleName() + ", which encloses it,";
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return name + " is private";
            }
        }
        return null;
    }

    private static String kindName(TypeElement type) {
        return switch (type.getKind()) {
            case ANNOTATION_TYPE -> "annotation type";
            case CLASS -> type.getModifiers().contains(Modifier.ABSTRACT) ? "abstract class" : "class";
            default -> type.getKind().name().toLowerCase(Locale.ROOT);
        };
    }
}
