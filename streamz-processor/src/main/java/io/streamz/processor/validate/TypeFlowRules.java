package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.validate.Topology.Input;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Types along the edges: each stage's parameter must accept what its upstream produces, and an
 * accumulator without {@code start} must be able to hold its first element as the state.
 * Stages that are broken, cut off or on a cycle are skipped: their problem is already reported.
 */
final class TypeFlowRules {
    private final PipelineUnderCheck p;
    private final Topology topology;
    private final Map<StageView, TypeMirror> outputs = new HashMap<>();
    private final Set<StageView> computing = new HashSet<>();
    /** Stages whose input did not fit: what they emit is unclear, so downstream is not judged. */
    private final Set<StageView> mismatched = new HashSet<>();

    private TypeFlowRules(PipelineUnderCheck p, Topology topology) {
        this.p = p;
        this.topology = topology;
    }

    /** Checks every edge; the result knows what each trusted stage emits. */
    static TypeFlowRules check(PipelineUnderCheck p, Topology topology) {
        TypeFlowRules rules = new TypeFlowRules(p, topology);
        rules.checkAll();
        return rules;
    }

    private boolean trusted(StageView stage) {
        return !p.isBroken(stage)
                && !topology.isCut(stage)
                && !topology.isOnCycle(stage)
                && !mismatched.contains(stage);
    }

    private void checkAll() {
        for (StageView stage : p.stages()) {
            if (!trusted(stage)) {
                continue;
            }
            List<Input> inputs = topology.inputs(stage);
            for (int port = 0; port < inputs.size(); port++) {
                checkEdge(stage, inputs.get(port), port);
            }
            if (stage.kind() == StageKind.ACCUMULATE && stage.decl().start().isEmpty() && !mismatched.contains(stage)) {
                checkFirstElementIsState(stage);
            }
        }
    }

    /** The parameter receiving input {@code port}. */
    private static VariableElement receiver(StageView stage, int port) {
        if (stage.kind().isJoin()) {
            return stage.parameters().get(port);
        }
        return stage.parameters().get(stage.kind() == StageKind.ACCUMULATE ? 1 : 0);
    }

    private void checkEdge(StageView stage, Input input, int port) {
        TypeMirror produced = output(input.upstream());
        if (produced == null) {
            return;
        }
        VariableElement parameter = receiver(stage, port);
        if (!p.types().isAssignable(produced, parameter.asType())) {
            mismatched.add(stage);
            p.error(parameter, ProblemCode.TYPE_MISMATCH, mismatch(stage, input, parameter, produced));
        } else if (stage.kind().holdsElements()
                && !p.types()
                        .isAssignable(
                                ReturnTypeRules.boxed(p, produced), ReturnTypeRules.boxed(p, parameter.asType()))) {
            mismatched.add(stage);
            String from = TypeText.of(produced);
            p.error(
                    parameter,
                    ProblemCode.TYPE_MISMATCH,
                    stage.describe() + " takes "
                            + TypeText.of(parameter.asType()) + " but its input '" + input.name() + "' produces " + from
                            + "; elements pass through " + StageShapes.at(stage.kind()) + " unchanged, so " + from
                            + " is never widened to " + TypeText.of(parameter.asType()) + ". Take " + from + " or a"
                            + " supertype of " + TypeText.of(ReturnTypeRules.boxed(p, produced))
                            + " (such as Number), or convert it in a @Map first.");
        }
    }

    private static String mismatch(StageView stage, Input input, VariableElement parameter, TypeMirror produced) {
        String takes = TypeText.of(parameter.asType());
        String message;
        if (stage.kind().isJoin()) {
            message = stage.describe() + " takes " + takes + " as parameter '" + parameter.getSimpleName()
                    + "' for input '" + input.name() + "', but '" + input.name() + "' produces "
                    + TypeText.of(produced) + ". Parameters follow the order of from: change the parameter"
                    + " type or reorder from.";
        } else if (stage.kind() == StageKind.UNION) {
            message = stage.describe() + " takes " + takes + " but its input '" + input.name() + "' produces "
                    + TypeText.of(produced) + ". Every input of a union must fit the parameter: widen the"
                    + " parameter type or map the input first.";
        } else {
            message = stage.describe() + " takes " + takes + " but its upstream '" + input.name() + "' produces "
                    + TypeText.of(produced) + ". Change the parameter type or set from = \"...\".";
        }
        return message;
    }

    /** Without start the first element becomes the state (and is emitted as it is). */
    private void checkFirstElementIsState(StageView stage) {
        TypeMirror state = stage.parameters().get(0).asType();
        TypeMirror element = stage.parameters().get(1).asType();
        boolean fits = p.types().isAssignable(element, state);
        String also = "";
        if (fits && stage.decl().returnsState()) {
            TypeMirror emitted =
                    ReturnTypeRules.accumulatedArguments(p, stage.returnType()).get(1);
            fits = p.types().isAssignable(ReturnTypeRules.boxed(p, element), ReturnTypeRules.boxed(p, emitted));
            also = " and, with returnsState, is emitted as the first value (" + TypeText.of(emitted) + ")";
            if (fits && !(sameBoxed(state, element) && sameBoxed(element, emitted))) {
                notOneType(stage, state, element, emitted);
                return;
            }
        }
        if (!fits) {
            p.error(
                    stage.method(),
                    stage.annotation(),
                    ProblemCode.ACCUMULATE_NEEDS_START,
                    stage.describe() + " has no start, so its first element (" + TypeText.of(element)
                            + ") becomes the state (" + TypeText.of(state) + ")" + also + ", which does not fit."
                            + " Add start = \"...\" naming a default method that returns the initial "
                            + TypeText.of(state) + ".");
        }
    }

    private boolean sameBoxed(TypeMirror a, TypeMirror b) {
        return p.types().isSameType(ReturnTypeRules.boxed(p, a), ReturnTypeRules.boxed(p, b));
    }

    /**
     * With returnsState and no start, the runtime's {@code accumulateReturningState} keeps the
     * first element as the state and emits it, then emits what each call returns, all as one
     * stream of the element type: the state, the element and the emitted value must be one type.
     */
    private void notOneType(StageView stage, TypeMirror state, TypeMirror element, TypeMirror emitted) {
        p.error(
                stage.method(),
                stage.annotation(),
                ProblemCode.ACCUMULATE_NEEDS_START,
                stage.describe() + " has returnsState and no start, so its first element is both its state and"
                        + " its first value: the state (" + TypeText.of(state) + "), the element ("
                        + TypeText.of(element) + ") and the emitted value (" + TypeText.of(emitted)
                        + ") must be one type. Declare them as one type, or add start = \"...\" naming a default"
                        + " method that returns the initial " + TypeText.of(state) + ".");
    }

    /** The type a stage emits, or null when unknown (broken, cut off, on a cycle, or a sink). */
    TypeMirror output(StageView stage) {
        if (stage == null || !trusted(stage)) {
            return null;
        }
        if (outputs.containsKey(stage)) {
            return outputs.get(stage);
        }
        if (!computing.add(stage)) {
            return null;
        }
        TypeMirror output = computeOutput(stage);
        computing.remove(stage);
        outputs.put(stage, output);
        return output;
    }

    /**
     * What an accumulate emits: its state ({@code S}, the return type), {@code R} of the
     * {@code Accumulated<S, R>} it returns with returnsState, {@code Accumulated<S, S>} with withState.
     */
    private TypeMirror accumulated(StageView stage) {
        if (stage.decl().returnsState()) {
            return ReturnTypeRules.accumulatedArguments(p, stage.returnType()).get(1);
        }
        if (!stage.decl().withState()) {
            return stage.returnType();
        }
        TypeElement accumulated = p.elements().getTypeElement(ReturnTypeRules.ACCUMULATED);
        if (accumulated == null) {
            return null; // no runtime on the class path: what follows cannot be checked
        }
        TypeMirror state = ReturnTypeRules.boxed(p, stage.returnType());
        return p.types().getDeclaredType(accumulated, state, state);
    }

    private TypeMirror computeOutput(StageView stage) {
        return switch (stage.kind().emits()) {
            case PARAMETER -> stage.parameters().get(0).asType();
            case NOTHING -> null;
            case UPSTREAM -> output(topology.inputs(stage).get(0).upstream());
            case COMPLETION_VALUE -> ReturnTypeRules.completionStageValue(p, stage.returnType());
            case ACCUMULATED -> accumulated(stage);
            case RETURN_TYPE -> stage.returnType();
        };
    }
}
