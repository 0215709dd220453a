package io.streamz.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Derives, at compile time, the expression of a {@code io.streamz.codec.Codec} for a type:
 * primitives, boxes, {@code String}, {@code UUID}, enums, primitive arrays, records of codable
 * components, {@code List}/{@code Set}/{@code Map} of codable types, and the user's codecs listed
 * on {@code @Pipeline(codecs = ...)} (which win). A type with none gets a reason instead.
 */
public final class CodecDerivation {
    static final ClassName CODECS = ClassName.get("io.streamz.codec", "Codecs");

    /** A codec expression, or why there is none. */
    public record Result(CodeBlock codec, String missing) {
        public boolean found() {
            return codec != null;
        }
    }

    private final Types types;
    private final List<PipelineOptions.UserCodec> userCodecs;
    private final Map<String, Result> cache = new HashMap<>();

    /**
     * @param userCodecs the user's codec classes, each used for exactly the type it encodes
     *     (type arguments included: a {@code Codec<List<Money>>} is no codec of {@code List<String>})
     */
    CodecDerivation(Types types, List<PipelineOptions.UserCodec> userCodecs) {
        this.types = types;
        this.userCodecs = List.copyOf(userCodecs);
    }

    /** The codec of {@code type} as a top-level value (a port, a key or a state cell). */
    Result of(TypeMirror type) {
        return cache.computeIfAbsent(type.toString(), t -> derive(type, new ArrayList<>()));
    }

    private Result derive(TypeMirror type, List<String> visiting) {
        for (PipelineOptions.UserCodec user : userCodecs) {
            if (types.isSameType(user.encoded(), type)) {
                return found(CodeBlock.of("new $T()", user.codec()));
            }
        }
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE:
                return found(CodeBlock.of("$T.$L", CODECS, scalar(type.getKind())));
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind() == TypeKind.BYTE) {
                    return found(CodeBlock.of("$T.BYTES", CODECS));
                }
                if (component.getKind().isPrimitive()) {
                    return found(CodeBlock.of("$T.$L_ARRAY", CODECS, scalar(component.getKind())));
                }
                return missing("arrays of objects have no derived codec; use a List");
            case DECLARED:
                return declared((DeclaredType) type, visiting);
            default:
                return missing(type + " has no codec");
        }
    }

    private Result declared(DeclaredType type, List<String> visiting) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        TypeMirror unboxed = unboxed(type);
        if (unboxed != null) {
            return found(CodeBlock.of("$T.$L", CODECS, scalar(unboxed.getKind())));
        }
        switch (name) {
            case "java.lang.String":
                return found(CodeBlock.of("$T.STRING", CODECS));
            case "java.util.UUID":
                return found(CodeBlock.of("$T.UUID", CODECS));
            case "java.util.List", "java.util.Set":
                return collection(type, name.endsWith("List") ? "list" : "set", visiting);
            case "java.util.Map":
                return map(type, visiting);
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return found(CodeBlock.of("$T.enumByName($S, $T.values())", CODECS, name, ClassName.get(element)));
        }
        if (element.getKind() == ElementKind.RECORD && type.getTypeArguments().isEmpty()) {
            return record(element, visiting);
        }
        return missing("no codec is derived for " + TypeText.of(type)
                + " (only primitives, boxes, String, UUID, enums, primitive arrays, records, List, Set and Map)");
    }

    private Result collection(DeclaredType type, String factory, List<String> visiting) {
        if (type.getTypeArguments().size() != 1) {
            return missing(TypeText.of(type) + " is raw");
        }
        Result element = derive(type.getTypeArguments().get(0), visiting);
        if (!element.found()) {
            return element;
        }
        return found(CodeBlock.of("$T.$L($L)", CODECS, factory, element.codec()));
    }

    private Result map(DeclaredType type, List<String> visiting) {
        if (type.getTypeArguments().size() != 2) {
            return missing(TypeText.of(type) + " is raw");
        }
        Result key = derive(type.getTypeArguments().get(0), visiting);
        Result value = derive(type.getTypeArguments().get(1), visiting);
        if (!key.found()) {
            return key;
        }
        if (!value.found()) {
            return value;
        }
        return found(CodeBlock.of("$T.map($L, $L)", CODECS, key.codec(), value.codec()));
    }

    private Result record(TypeElement element, List<String> visiting) {
        String name = element.getQualifiedName().toString();
        if (visiting.contains(name)) {
            return missing("record " + name + " contains itself");
        }
        if (!element.getModifiers().contains(Modifier.PUBLIC)
                && element.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
            return missing("record " + name + " is not public");
        }
        visiting.add(name);
        List<RecordComponentElement> components = ElementFilter.recordComponentsIn(element.getEnclosedElements());
        CodeBlock.Builder constructor = CodeBlock.builder();
        CodeBlock.Builder fields = CodeBlock.builder();
        ClassName record = ClassName.get(element);
        for (int i = 0; i < components.size(); i++) {
            RecordComponentElement component = components.get(i);
            TypeMirror componentType = component.asType();
            Result codec = componentType.getKind().isPrimitive()
                    ? derive(componentType, visiting)
                    : nested(componentType, visiting);
            if (!codec.found()) {
                visiting.remove(name);
                return missing(
                        "component " + component.getSimpleName() + " of record " + name + ": " + codec.missing());
            }
            constructor
                    .add(i == 0 ? "" : ", ")
                    .add("($T) c[$L]", TypeName.get(componentType).box(), i);
            fields.add(
                    ", $T.field($S, $L, $T::$N)",
                    CODECS,
                    component.getSimpleName(),
                    codec.codec(),
                    record,
                    component.getSimpleName().toString());
        }
        visiting.remove(name);
        return found(CodeBlock.of(
                "$T.<$T>record($S, c -> new $T($L)$L)",
                CODECS,
                record,
                name,
                record,
                constructor.build(),
                fields.build()));
    }

    /** A component or element codec: reference types may be null there. */
    private Result nested(TypeMirror type, List<String> visiting) {
        Result codec = derive(type, visiting);
        if (!codec.found() || type.getKind().isPrimitive()) {
            return codec;
        }
        return found(CodeBlock.of("$T.nullable($L)", CODECS, codec.codec()));
    }

    private TypeMirror unboxed(TypeMirror type) {
        try {
            return types.unboxedType(type);
        } catch (IllegalArgumentException notABox) {
            return null;
        }
    }

    private static String scalar(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> "BOOLEAN";
            case BYTE -> "BYTE";
            case SHORT -> "SHORT";
            case CHAR -> "CHAR";
            case INT -> "INT";
            case LONG -> "LONG";
            case FLOAT -> "FLOAT";
            default -> "DOUBLE";
        };
    }

    private static Result found(CodeBlock codec) {
        return new Result(codec, null);
    }

    private static Result missing(String why) {
        return new Result(null, why);
    }
}
