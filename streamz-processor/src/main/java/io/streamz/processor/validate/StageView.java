package io.streamz.processor.validate;

import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.StageDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One stage as validation sees it: what {@code read} found, its place among the stages, and
 * the single values inside a written annotation attribute, so that an error can point at the
 * one name in {@code from = {"a", "b"}} that is wrong. Values are read leniently (a value of
 * the wrong type counts as absent), because javac already reports those.
 */
record StageView(int index, StageDecl decl) {

    ExecutableElement method() {
        return decl.method();
    }

    StageKind kind() {
        return decl.kind();
    }

    AnnotationMirror annotation() {
        return decl.annotation();
    }

    String name() {
        return method().getSimpleName().toString();
    }

    /** {@code @Map stage 'parse'}, the way messages introduce a stage. */
    String describe() {
        return StageShapes.at(kind()) + " stage '" + name() + "'";
    }

    boolean isAbstract() {
        return method().getModifiers().contains(Modifier.ABSTRACT);
    }

    List<? extends VariableElement> parameters() {
        return method().getParameters();
    }

    TypeMirror returnType() {
        return method().getReturnType();
    }

    /** The annotation value the user wrote for {@code attribute}, if they wrote one. */
    Optional<AnnotationValue> explicit(String attribute) {
        return Optional.ofNullable(decl.explicitValue(attribute));
    }

    /** The values inside a String[] attribute, each one pointable by a diagnostic. */
    List<AnnotationValue> stringValues(String attribute) {
        Optional<AnnotationValue> value = explicit(attribute);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().getValue() instanceof List<?> list) {
            List<AnnotationValue> values = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof AnnotationValue v) {
                    values.add(v);
                }
            }
            return values;
        }
        return List.of(value.get());
    }
}
