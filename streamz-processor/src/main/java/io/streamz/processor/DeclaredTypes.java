package io.streamz.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** The declared types a type mentions: itself, its type arguments, wildcard bounds and array components. */
final class DeclaredTypes {
    private DeclaredTypes() {}

    /** Calls {@code action} with every declared type in {@code type}, depth first. */
    static void forEach(TypeMirror type, Consumer<DeclaredType> action) {
        List<TypeMirror> work = new ArrayList<>(List.of(type));
        while (!work.isEmpty()) {
            TypeMirror next = work.remove(work.size() - 1);
            if (next instanceof DeclaredType declared) {
                action.accept(declared);
                work.addAll(declared.getTypeArguments());
            } else if (next instanceof ArrayType array) {
                work.add(array.getComponentType());
            } else if (next instanceof WildcardType wildcard) {
                if (wildcard.getExtendsBound() != null) {
                    work.add(wildcard.getExtendsBound());
                }
                if (wildcard.getSuperBound() != null) {
                    work.add(wildcard.getSuperBound());
                }
            }
        }
    }
}
