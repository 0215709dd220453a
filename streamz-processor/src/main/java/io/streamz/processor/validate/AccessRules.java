package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The generated class is a top-level class in the interface's package, so every type in a
 * stage's signature must be visible from there. A private type nested next to the interface
 * compiles in the interface but not in the generated class.
 */
final class AccessRules {
    private AccessRules() {}

    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            for (VariableElement parameter : stage.parameters()) {
                checkType(p, stage, parameter, parameter.asType());
            }
            checkType(p, stage, stage.method(), stage.returnType());
        }
    }

    private static void checkType(PipelineUnderCheck p, StageView stage, Element where, TypeMirror type) {
        List<TypeElement> hidden = new ArrayList<>();
        collectHidden(p, type, hidden);
        if (!hidden.isEmpty()) {
            TypeElement first = hidden.get(0);
            Hidden why = whyHidden(p, first);
            p.markBroken(stage);
            p.error(
                    where,
                    ProblemCode.INACCESSIBLE_TYPE,
                    stage.describe() + " uses " + first.getQualifiedName() + ", which " + why.reason()
                            + "; the generated class (a top-level class in package " + packageOf(p, p.type())
                            + ") could not name it. Make " + why.culprit().getSimpleName() + " " + why.fix() + ".");
        }
    }

    private static void collectHidden(PipelineUnderCheck p, TypeMirror type, List<TypeElement> hidden) {
        if (type.getKind() == TypeKind.ARRAY) {
            collectHidden(p, ((ArrayType) type).getComponentType(), hidden);
        } else if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                collectHidden(p, wildcard.getExtendsBound(), hidden);
            }
            if (wildcard.getSuperBound() != null) {
                collectHidden(p, wildcard.getSuperBound(), hidden);
            }
        } else if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            TypeElement element = (TypeElement) declared.asElement();
            if (whyHidden(p, element) != null) {
                hidden.add(element);
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                collectHidden(p, argument, hidden);
            }
        }
    }

    /**
     * Why the generated class cannot see {@code type}, or null if it can: the type itself or the
     * enclosing type that hides it, and what to make it.
     */
    private static Hidden whyHidden(PipelineUnderCheck p, TypeElement type) {
        String pipelinePackage = packageOf(p, p.type());
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            String name = e == type ? "is" : "is nested in " + e.getSimpleName() + ", which is";
            // package-private is enough in the pipeline's package; from another one only public is
            String fix = packageOf(p, e).equals(pipelinePackage) ? "package-private or wider" : "public";
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return new Hidden(e, name + " private", fix);
            }
            if (e.getModifiers().contains(Modifier.PROTECTED)
                    && !packageOf(p, e).equals(pipelinePackage)) {
                return new Hidden(e, name + " protected in another package", fix);
            }
        }
        return null;
    }

    /** A type the generated class cannot name: the element hiding it, why, and the fix. */
    private record Hidden(Element culprit, String reason, String fix) {}

    private static String packageOf(PipelineUnderCheck p, Element element) {
        return p.elements().getPackageOf(element).getQualifiedName().toString();
    }
}
