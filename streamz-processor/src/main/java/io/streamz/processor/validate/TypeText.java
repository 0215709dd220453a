package io.streamz.processor.validate;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Types as a reader wrote them: {@code List<Order>}, not {@code java.util.List<com.acme.Order>}. */
final class TypeText {
    private TypeText() {}

    static String of(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = declared.asElement().getSimpleName().toString();
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (arguments.isEmpty()) {
                return name;
            }
            return name + arguments.stream().map(TypeText::of).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return of(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + of(wildcard.getExtendsBound());
            }
            if (wildcard.getSuperBound() != null) {
                return "? super " + of(wildcard.getSuperBound());
            }
            return "?";
        }
        return type.toString();
    }
}
