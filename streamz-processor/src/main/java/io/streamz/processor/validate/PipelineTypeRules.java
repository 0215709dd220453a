package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

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
        if (!type.getTypeParameters().isEmpty()) {
            report.add(Problem.on(
                    ProblemCode.GENERIC_PIPELINE,
                    type,
                    "generic @Pipeline interfaces are not supported; " + type.getSimpleName()
                            + " declares type parameters " + MethodRules.names(type.getTypeParameters())
                            + ". Remove them and use concrete types in the stages (declare one"
                            + " interface per element type)."));
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
