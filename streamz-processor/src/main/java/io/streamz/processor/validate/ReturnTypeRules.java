package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Return types that must fit the stage's own parameters: an accumulator returns its state,
 * a flatten returns the element type of its iterable, a window or group returns a list of its
 * input, frequencies returns a map of its input to counts,
 * unique, union, buffer, delay and rateLimit pass their input on, an abstract join returns the tuple,
 * a mapAsync returns the stage of the value it emits.
 */
final class ReturnTypeRules {
    static final String ACCUMULATED = "io.streamz.Accumulated";

    private ReturnTypeRules() {}

    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            if (p.isBroken(stage)) {
                continue;
            }
            switch (stage.kind()) {
                case ACCUMULATE -> checkAccumulate(p, stage);
                case FLATTEN -> checkFlatten(p, stage);
                case MAP_ASYNC -> {
                    if (completionStageValue(p, stage.returnType()) == null) {
                        p.brokenStage(
                                stage,
                                ProblemCode.WRONG_RETURN_TYPE,
                                stage.describe() + " must return CompletionStage<R>, the stage of the value to emit;"
                                        + " it returns " + TypeText.of(stage.returnType()) + ". Return"
                                        + " java.util.concurrent.CompletionStage<R> with R a type, not a wildcard.");
                    }
                }
                case PARTITION, PARTITION_UNIQUE, SLIDING_WINDOW, TIMED_WINDOW, TIMED_WINDOW_UNIQUE ->
                    expectReturn(
                            p,
                            stage,
                            listOf(p, param(stage)),
                            "a List<" + TypeText.of(boxed(p, param(stage))) + "> of its input elements");
                case FREQUENCIES ->
                    expectReturn(
                            p,
                            stage,
                            countsOf(p, param(stage)),
                            "a Map<" + TypeText.of(boxed(p, param(stage))) + ", Long> counting its input elements");
                case UNIQUE, SLICE, UNION, BUFFER, LATEST, DELAY, RATE_LIMIT, KEY_BY ->
                    expectReturn(
                            p,
                            stage,
                            param(stage),
                            "its input type " + TypeText.of(param(stage)) + ", since elements pass on unchanged");
                case ZIP, COMBINE_LATEST, ZIP_LATEST -> {
                    if (stage.isAbstract()) {
                        expectReturn(
                                p,
                                stage,
                                listOf(
                                        p,
                                        p.elements()
                                                .getTypeElement("java.lang.Object")
                                                .asType()),
                                "the tuple as List<Object> (or make it default and return the combined value)");
                    }
                }
                default -> {}
            }
        }
    }

    private static TypeMirror param(StageView stage) {
        return stage.parameters().get(0).asType();
    }

    /** {@code expected} must be assignable to the declared return type. */
    private static void expectReturn(PipelineUnderCheck p, StageView stage, TypeMirror expected, String what) {
        if (!p.types().isAssignable(expected, stage.returnType())) {
            p.brokenStage(
                    stage,
                    ProblemCode.WRONG_RETURN_TYPE,
                    stage.describe() + " must return " + what + "; it returns "
                            + TypeText.of(stage.returnType()) + ". Change the return type to "
                            + TypeText.of(expected) + ".");
        }
    }

    private static void checkAccumulate(PipelineUnderCheck p, StageView stage) {
        TypeMirror state = param(stage);
        TypeMirror returned = stage.returnType();
        if (!stage.decl().returnsState()) {
            if (!p.types().isSameType(returned, state)) {
                p.brokenStage(
                        stage,
                        ProblemCode.WRONG_RETURN_TYPE,
                        stage.describe() + " must return its new state, of the same type as its first"
                                + " parameter (" + TypeText.of(state) + "); it returns " + TypeText.of(returned)
                                + ". Return the state, or set returnsState = true and return"
                                + " Accumulated<" + TypeText.of(boxed(p, state)) + ", R> to emit something else.");
            }
            return;
        }
        List<? extends TypeMirror> args = accumulatedArguments(p, returned);
        if (args == null || !p.types().isAssignable(args.get(0), state)) {
            p.brokenStage(
                    stage,
                    ProblemCode.WRONG_RETURN_TYPE,
                    stage.describe() + " has returnsState = true, so it must return Accumulated<"
                            + TypeText.of(boxed(p, state)) + ", R> (new state, value to emit); it returns "
                            + TypeText.of(returned) + ". Return Accumulated.of(state, value), or drop"
                            + " returnsState and return the state.");
        }
    }

    /**
     * R of exactly {@code java.util.concurrent.CompletionStage<R>}, R a class, interface, array or
     * type variable (not a wildcard); otherwise null.
     */
    static TypeMirror completionStageValue(PipelineUnderCheck p, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (!element.getQualifiedName().contentEquals("java.util.concurrent.CompletionStage")
                || declared.getTypeArguments().size() != 1
                || declared.getTypeArguments().get(0).getKind() == TypeKind.WILDCARD) {
            return null;
        }
        return declared.getTypeArguments().get(0);
    }

    /** The type arguments {@code <S, R>} of an {@code io.streamz.Accumulated} type, or null. */
    static List<? extends TypeMirror> accumulatedArguments(PipelineUnderCheck p, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (!element.getQualifiedName().contentEquals(ACCUMULATED)
                || declared.getTypeArguments().size() != 2) {
            return null;
        }
        return declared.getTypeArguments();
    }

    private static void checkFlatten(PipelineUnderCheck p, StageView stage) {
        VariableElement parameter = stage.parameters().get(0);
        TypeMirror element = iterableElement(p, parameter.asType());
        if (element == null) {
            p.markBroken(stage);
            p.error(
                    parameter,
                    ProblemCode.FLATTEN_NOT_ITERABLE,
                    stage.describe() + " flattens its input, which must be an Iterable or an array; it"
                            + " takes " + TypeText.of(parameter.asType()) + ". Take an Iterable<X> (e.g. List<X>)"
                            + " or an X[] and return X.");
            return;
        }
        expectReturn(p, stage, element, "the element type of its input, " + TypeText.of(element));
    }

    /** X for {@code X[]} or a subtype of {@code Iterable<X>}; Object for a raw Iterable; else null. */
    static TypeMirror iterableElement(PipelineUnderCheck p, TypeMirror type) {
        Types types = p.types();
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType();
        }
        TypeElement iterable = p.elements().getTypeElement("java.lang.Iterable");
        if (type.getKind() != TypeKind.DECLARED && type.getKind() != TypeKind.TYPEVAR) {
            return null;
        }
        Deque<TypeMirror> work = new ArrayDeque<>();
        work.add(type);
        while (!work.isEmpty()) {
            TypeMirror candidate = work.poll();
            if (candidate.getKind() == TypeKind.DECLARED
                    && types.isSameType(types.erasure(candidate), types.erasure(iterable.asType()))) {
                List<? extends TypeMirror> args = ((DeclaredType) candidate).getTypeArguments();
                if (args.isEmpty()) {
                    return p.elements().getTypeElement("java.lang.Object").asType();
                }
                TypeMirror arg = args.get(0);
                if (arg.getKind() == TypeKind.WILDCARD) {
                    TypeMirror bound = ((WildcardType) arg).getExtendsBound();
                    return bound != null
                            ? bound
                            : p.elements().getTypeElement("java.lang.Object").asType();
                }
                return arg;
            }
            work.addAll(types.directSupertypes(candidate));
        }
        return null;
    }

    static TypeMirror boxed(PipelineUnderCheck p, TypeMirror type) {
        return type.getKind().isPrimitive()
                ? p.types().boxedClass((PrimitiveType) type).asType()
                : type;
    }

    /** {@code Map<T, Long>}, boxing a primitive T: the counts of frequencies. */
    static TypeMirror countsOf(PipelineUnderCheck p, TypeMirror type) {
        TypeElement map = p.elements().getTypeElement("java.util.Map");
        TypeMirror count = p.elements().getTypeElement("java.lang.Long").asType();
        return p.types().getDeclaredType(map, boxed(p, type), count);
    }

    /** {@code List<T>}, boxing a primitive T. */
    static TypeMirror listOf(PipelineUnderCheck p, TypeMirror type) {
        TypeElement list = p.elements().getTypeElement("java.util.List");
        return p.types().getDeclaredType(list, boxed(p, type));
    }
}
