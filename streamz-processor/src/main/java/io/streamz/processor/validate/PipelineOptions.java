package io.streamz.processor.validate;

import com.palantir.javapoet.ClassName;
import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @Pipeline}'s attributes: {@code distributed}, and {@code codecs}, each a class
 * implementing {@code io.streamz.codec.Codec<T>} with a public no-argument constructor
 * ({@link ProblemCode#BAD_CODEC} otherwise), with its {@code T}, one codec per type.
 */
record PipelineOptions(boolean distributed, List<UserCodec> codecs) {
    static final String CODEC = "io.streamz.codec.Codec";

    /** A codec class the user listed, and the type it encodes (its {@code T}, type arguments included). */
    record UserCodec(TypeMirror encoded, ClassName codec) {}

    static PipelineOptions read(PipelineUnderCheck p, AnnotationMirror pipeline) {
        boolean distributed = false;
        List<UserCodec> codecs = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                pipeline.getElementValues().entrySet()) {
            String name = entry.getKey().getSimpleName().toString();
            Object value = entry.getValue().getValue();
            if (name.equals("distributed") && value instanceof Boolean b) {
                distributed = b;
            } else if (name.equals("codecs") && value instanceof List<?> list) {
                for (Object item : list) {
                    AnnotationValue annotationValue = (AnnotationValue) item;
                    codec(p, pipeline, annotationValue, codecs);
                }
            }
        }
        return new PipelineOptions(distributed, codecs);
    }

    private static void codec(
            PipelineUnderCheck p, AnnotationMirror pipeline, AnnotationValue value, List<UserCodec> codecs) {
        if (!(value.getValue() instanceof DeclaredType declared)) {
            return; // javac reports what is not a class literal
        }
        TypeElement type = (TypeElement) declared.asElement();
        TypeMirror encoded = encodedType(p, declared);
        String problem = null;
        if (encoded == null) {
            problem = "does not implement " + CODEC + "<T> with a concrete T";
        } else if (!type.getKind().isClass() || type.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "is not a concrete class";
        } else if (!type.getModifiers().contains(Modifier.PUBLIC) && !samePackage(p, type)) {
            problem = "is not accessible from the generated class";
        } else if (isInner(type)) {
            problem = "is an inner class: it needs an instance of "
                    + type.getEnclosingElement().getSimpleName() + " to be created (declare it static)";
        } else if (!hasPublicNoArgConstructor(type)) {
            problem = "has no public constructor without parameters";
        } else {
            problem = duplicate(p, encoded, codecs);
        }
        if (problem != null) {
            p.report()
                    .add(Problem.on(
                            ProblemCode.BAD_CODEC,
                            p.type(),
                            pipeline,
                            Optional.of(value),
                            "codec " + type.getQualifiedName() + " " + problem
                                    + ". A codec listed in @Pipeline(codecs = ...)"
                                    + " is a class implementing io.streamz.codec.Codec<T> with a public no-argument"
                                    + " constructor."));
            return;
        }
        codecs.add(new UserCodec(encoded, ClassName.get(type)));
    }

    /** A nested class that is not static: {@code new Outer.Inner()} does not compile without an {@code Outer}. */
    private static boolean isInner(TypeElement type) {
        return type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)
                && type.getEnclosingElement().getKind().isClass();
    }

    /** Why a codec for {@code encoded} cannot be listed after {@code codecs}: one is already there; else null. */
    private static String duplicate(PipelineUnderCheck p, TypeMirror encoded, List<UserCodec> codecs) {
        for (UserCodec listed : codecs) {
            if (p.types().isSameType(listed.encoded(), encoded)) {
                return "encodes " + TypeText.of(encoded) + ", as "
                        + listed.codec().canonicalName() + " listed before it does; list one codec per type";
            }
        }
        return null;
    }

    /** The {@code T} of the {@code Codec<T>} a class implements, or {@code null}. */
    private static TypeMirror encodedType(PipelineUnderCheck p, DeclaredType type) {
        Deque<TypeMirror> work = new ArrayDeque<>(List.of(type));
        while (!work.isEmpty()) {
            TypeMirror current = work.poll();
            if (current instanceof DeclaredType d
                    && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(CODEC)) {
                if (d.getTypeArguments().size() != 1) {
                    return null;
                }
                TypeMirror t = d.getTypeArguments().get(0);
                return t.getKind() == TypeKind.DECLARED || t.getKind() == TypeKind.ARRAY ? t : null;
            }
            work.addAll(p.types().directSupertypes(current));
        }
        return null;
    }

    private static boolean samePackage(PipelineUnderCheck p, TypeElement type) {
        return p.elements().getPackageOf(type).equals(p.elements().getPackageOf(p.type()));
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty()
                    && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }
}
