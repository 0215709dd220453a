package io.streamz.processor.validate;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a key type's encoding follows its {@code equals}: equal keys must encode to equal bytes
 * (an engine partitions and stores by bytes) and keys of one state must be equal locally when
 * they are equal on an engine. Arrays compare by identity, sets and maps encode in iteration
 * order, a class without its own {@code equals} compares by identity, and an interface or an
 * abstract class of the JDK ({@code CharSequence}, {@code Comparable}, {@code Number}) may hold
 * one that does.
 */
final class KeyStability {
    private KeyStability() {}

    /** Why {@code key} is unstable, or {@code null} if it is stable. */
    static String problem(PipelineUnderCheck p, TypeMirror key) {
        return problem(p, key, new ArrayList<>());
    }

    private static String problem(PipelineUnderCheck p, TypeMirror key, List<String> visiting) {
        if (key.getKind().isPrimitive()) {
            return null;
        }
        if (key.getKind() == TypeKind.ARRAY) {
            return "an array, whose equals is identity (two equal arrays are two keys)";
        }
        if (!(key instanceof DeclaredType declared)) {
            return "not a class type";
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.util.Set") || name.equals("java.util.Map")) {
            return "a " + element.getSimpleName() + ", whose encoding follows its iteration order, which equal "
                    + element.getSimpleName() + "s need not share";
        }
        if (name.equals("java.util.List")) {
            return declared.getTypeArguments().isEmpty()
                    ? null
                    : problem(p, declared.getTypeArguments().get(0), visiting);
        }
        if (name.equals("java.lang.Object")) {
            return "Object, which may hold anything";
        }
        if (element.getKind() == ElementKind.INTERFACE) { // CharSequence may be a StringBuilder (identity)
            return "an interface, which may hold any class implementing it";
        }
        if (element.getKind() == ElementKind.ENUM || name.startsWith("java.lang.") || name.equals("java.util.UUID")) {
            return element.getModifiers().contains(Modifier.ABSTRACT) // Number may be an AtomicLong (identity)
                    ? "an abstract class, which may hold any subclass"
                    : null;
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (visiting.contains(name)) {
                return null;
            }
            visiting.add(name);
            for (RecordComponentElement component : ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
                String inner = problem(p, component.asType(), visiting);
                if (inner != null) {
                    return "a record whose component " + component.getSimpleName() + " is " + inner;
                }
            }
            return null;
        }
        return declaresEquals(element) ? null : "a class that does not override equals (identity)";
    }

    private static boolean declaresEquals(TypeElement element) {
        for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals("equals")
                    && method.getParameters().size() == 1
                    && !method.getModifiers().contains(Modifier.ABSTRACT)) {
                return true;
            }
        }
        return false;
    }
}
