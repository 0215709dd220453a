package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import java.util.Collections;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Raw types ({@code List} for {@code List<E>}) in a stage's signature, or in the methods its
 * {@code start} and {@code key} name: the generated class repeats those types in fields, locals
 * and overrides, so it would compile with rawtypes and unchecked warnings, which fail a
 * {@code -Xlint:all -Werror} build inside code the user cannot change or suppress.
 */
final class RawTypeRules {
    private RawTypeRules() {}

    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            for (VariableElement parameter : stage.parameters()) {
                checkType(p, parameter, stage.describe() + " takes", parameter.asType());
            }
            checkType(p, stage.method(), stage.describe() + " returns", stage.returnType());
            checkHelper(p, stage, "start", p.start(stage));
            checkHelper(p, stage, "key", p.key(stage));
        }
    }

    private static void checkHelper(PipelineUnderCheck p, StageView stage, String attribute, ExecutableElement method) {
        if (method == null || !method.getEnclosingElement().equals(p.type())) {
            return; // none, or inherited: the error would point outside the interface; the stage says it
        }
        String role = attribute + " = \"" + method.getSimpleName() + "\" of " + stage.describe();
        for (VariableElement parameter : method.getParameters()) {
            checkType(p, parameter, role + " names a method taking", parameter.asType());
        }
        checkType(p, method, role + " names a method returning", method.getReturnType());
    }

    private static void checkType(PipelineUnderCheck p, Element where, String role, TypeMirror type) {
        TypeElement raw = firstRaw(type);
        if (raw != null) {
            String name = raw.getSimpleName().toString();
            p.error(
                    where,
                    ProblemCode.RAW_TYPE,
                    role + " " + TypeText.of(type) + ", which uses the raw type " + name
                            + "; the generated class would repeat it and compile with rawtypes and"
                            + " unchecked warnings (errors under -Werror). Give " + name + " its type"
                            + " arguments: the types it holds, or " + name + example(raw) + ".");
        }
    }

    /** The first generic type used without type arguments in {@code type}, or null. */
    static TypeElement firstRaw(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return firstRaw(((ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            TypeMirror bound =
                    wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
            return bound == null ? null : firstRaw(bound);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (declared.getTypeArguments().isEmpty()
                && !element.getTypeParameters().isEmpty()) {
            return element;
        }
        TypeElement enclosing = firstRaw(declared.getEnclosingType());
        if (enclosing != null) {
            return enclosing;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
            TypeElement raw = firstRaw(argument);
            if (raw != null) {
                return raw;
            }
        }
        return null;
    }

    /** {@code <?>}, {@code <?, ?>}: one wildcard per type parameter. */
    private static String example(TypeElement raw) {
        return "<"
                + String.join(", ", Collections.nCopies(raw.getTypeParameters().size(), "?")) + ">";
    }
}
