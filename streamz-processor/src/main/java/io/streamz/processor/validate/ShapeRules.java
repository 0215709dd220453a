package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Rules on one stage method taken alone: how many parameters it has, whether it is abstract
 * or default, and the return types that do not depend on other stages.
 */
final class ShapeRules {
    private ShapeRules() {}

    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            if (p.isBroken(stage)) {
                continue;
            }
            checkBody(p, stage);
            checkArity(p, stage);
            checkPlainReturn(p, stage);
        }
    }

    private static void checkBody(PipelineUnderCheck p, StageView stage) {
        switch (StageShapes.body(stage.kind())) {
            case DEFAULT -> {
                if (stage.isAbstract()) {
                    p.brokenStage(
                            stage,
                            ProblemCode.STAGE_NEEDS_BODY,
                            stage.describe() + " is abstract, but " + StageShapes.at(stage.kind())
                                    + " stages run your code. Make it a default method whose body is the"
                                    + " stage's function.");
                }
            }
            case ABSTRACT -> {
                if (!stage.isAbstract()) {
                    p.brokenStage(
                            stage,
                            ProblemCode.STAGE_MUST_BE_ABSTRACT,
                            stage.describe() + " has a body, but the processor generates "
                                    + StageShapes.at(stage.kind()) + " stages. Remove the body (and 'default')"
                                    + (stage.kind() == StageKind.SOURCE
                                            ? "; the generated class implements it."
                                            : "; put your own logic in a @Map or @Filter stage."));
                }
            }
            case EITHER -> {}
        }
    }

    /** The parameter count each kind needs; -1 when it depends on a {@code from} list not yet valid. */
    static int expectedArity(StageView stage) {
        if (stage.kind() == StageKind.ACCUMULATE) {
            return 2;
        }
        if (stage.kind().isJoin()) {
            int inputs = stage.decl().from().size();
            return inputs >= 2 ? inputs : -1;
        }
        return 1;
    }

    private static void checkArity(PipelineUnderCheck p, StageView stage) {
        int expected = expectedArity(stage);
        int found = stage.parameters().size();
        if (expected < 0 || expected == found) {
            return;
        }
        p.brokenStage(
                stage,
                ProblemCode.WRONG_ARITY,
                stage.describe() + " must take " + arityText(stage, expected) + "; it takes "
                        + ValueRules.parameters(found) + ". " + arityFix(stage));
    }

    private static String arityText(StageView stage, int expected) {
        if (stage.kind() == StageKind.ACCUMULATE) {
            return "two parameters (state, element)";
        }
        if (stage.kind().isJoin()) {
            return expected + " parameters, one per name in from = "
                    + stage.decl().from();
        }
        return "exactly one parameter, the element";
    }

    private static String arityFix(StageView stage) {
        return switch (stage.kind()) {
            case ACCUMULATE -> "Declare it as 'S " + stage.name() + "(S state, T element)'.";
            case ZIP, COMBINE_LATEST, ZIP_LATEST ->
                "Declare one parameter per input, in from order, typed as that input's output.";
            case SOURCE ->
                "Declare it as 'void " + stage.name() + "(T element)'; for several values" + " emit a record.";
            default ->
                "Declare one parameter typed as the upstream's output; to combine several"
                        + " streams use @Zip, @CombineLatest or @Union.";
        };
    }

    /** {@code java.util.concurrent.CompletionStage<Void>}: a source returning its back-pressure future. */
    static boolean isCompletionStageOfVoid(PipelineUnderCheck p, TypeMirror type) {
        TypeElement stage = p.elements().getTypeElement("java.util.concurrent.CompletionStage");
        TypeElement nothing = p.elements().getTypeElement("java.lang.Void");
        return stage != null && p.types().isSameType(type, p.types().getDeclaredType(stage, nothing.asType()));
    }

    /**
     * What an asynchronous sink returns: exactly {@code java.util.concurrent.CompletionStage<Void>},
     * or {@code CompletionStage<?>} (its value is discarded, as {@code sinkAsync} discards it).
     * Not a subtype such as {@code CompletableFuture}, and not a stage of a value, which would be lost.
     */
    static boolean isAsyncSinkReturn(PipelineUnderCheck p, TypeMirror type) {
        if (isCompletionStageOfVoid(p, type)) {
            return true;
        }
        TypeElement stage = p.elements().getTypeElement("java.util.concurrent.CompletionStage");
        if (stage == null
                || type.getKind() != TypeKind.DECLARED
                || !p.types().isSameType(p.types().erasure(type), p.types().erasure(stage.asType()))) {
            return false;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.WILDCARD) {
            return false;
        }
        WildcardType wildcard = (WildcardType) arguments.get(0);
        TypeMirror bound = wildcard.getExtendsBound();
        return wildcard.getSuperBound() == null
                && (bound == null
                        || p.types()
                                .isSameType(
                                        bound,
                                        p.elements()
                                                .getTypeElement("java.lang.Object")
                                                .asType()));
    }

    /** Return types checked without looking at other stages. */
    private static void checkPlainReturn(PipelineUnderCheck p, StageView stage) {
        if (p.isBroken(stage)) {
            return;
        }
        TypeKind kind = stage.returnType().getKind();
        String nothingToEmit = stage.describe() + " returns void, so it has nothing to emit.";
        switch (stage.kind()) {
            case SOURCE ->
                brokenIf(
                        kind != TypeKind.VOID && !isCompletionStageOfVoid(p, stage.returnType()),
                        p,
                        stage,
                        ProblemCode.SOURCE_RETURNS_VALUE,
                        stage.describe() + " must return void or CompletionStage<Void>;"
                                + " it returns " + TypeText.of(stage.returnType())
                                + ". A source only pushes its argument"
                                + " downstream: change the return type to void, or to CompletionStage<Void> to wait for"
                                + " the pending work (back pressure).");
            case SINK ->
                brokenIf(
                        kind != TypeKind.VOID && !isAsyncSinkReturn(p, stage.returnType()),
                        p,
                        stage,
                        ProblemCode.SINK_RETURNS_VALUE,
                        stage.describe() + " must return void, or"
                                + " CompletionStage<Void> (or CompletionStage<?>) for an asynchronous sink; it returns "
                                + TypeText.of(stage.returnType()) + ". A sink consumes elements and emits nothing:"
                                + " change the return type, or make it a @Map if its result should flow on.");
            case MAP ->
                brokenIf(
                        kind == TypeKind.VOID,
                        p,
                        stage,
                        ProblemCode.MAP_RETURNS_VOID,
                        nothingToEmit + " Return the mapped value, or make it a @Sink if it only consumes elements.");
            case FILTER ->
                brokenIf(
                        kind != TypeKind.BOOLEAN,
                        p,
                        stage,
                        ProblemCode.FILTER_NOT_BOOLEAN,
                        stage.describe() + " must return boolean; it returns " + TypeText.of(stage.returnType())
                                + ". Return true to let the element pass, false to drop it; to change the element"
                                + " use @Map.");
            case ZIP, COMBINE_LATEST, ZIP_LATEST ->
                brokenIf(
                        kind == TypeKind.VOID,
                        p,
                        stage,
                        ProblemCode.WRONG_RETURN_TYPE,
                        nothingToEmit + " Return the combined value (a default"
                                + " method), or declare it abstract returning List<Object> to emit the tuple.");
            default -> {}
        }
    }

    private static void brokenIf(
            boolean wrong, PipelineUnderCheck p, StageView stage, ProblemCode code, String message) {
        if (wrong) {
            p.brokenStage(stage, code, message);
        }
    }
}
