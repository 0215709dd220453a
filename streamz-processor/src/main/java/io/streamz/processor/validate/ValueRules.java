package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Rules on annotation values: sizes, join inputs, and the methods {@code start}/{@code key} name. */
final class ValueRules {
    private ValueRules() {}

    static void check(PipelineUnderCheck p) {
        for (StageView stage : p.stages()) {
            switch (stage.kind()) {
                case PARTITION, PARTITION_UNIQUE, SLIDING_WINDOW -> checkSize(p, stage);
                case UNIQUE -> checkHistory(p, stage);
                case SLICE -> checkSlice(p, stage);
                case BUFFER, MAP_ASYNC -> checkSize(p, stage);
                case DELAY, RATE_LIMIT, TIMED_WINDOW, TIMED_WINDOW_UNIQUE -> IntervalRules.check(p, stage);
                default -> {}
            }
            if (stage.kind().isMultiInput()) {
                checkInputs(p, stage);
            }
            if (stage.kind() == StageKind.COMBINE_LATEST) {
                checkEmitOn(p, stage);
            }
            if (stage.kind() == StageKind.ACCUMULATE
                    && stage.decl().withState()
                    && stage.decl().returnsState()) {
                p.markBroken(stage);
                p.error(
                        stage,
                        "withState",
                        ProblemCode.WITH_STATE_RETURNS_STATE,
                        stage.describe() + " sets both withState and returnsState. With returnsState the method"
                                + " already returns Accumulated<S, R>, the state alongside the value: drop withState"
                                + " and return the state as part of the value, or drop returnsState and return the"
                                + " state to emit Accumulated<S, S>.");
            }
            if (stage.kind() == StageKind.ACCUMULATE && !stage.decl().start().isEmpty()) {
                checkStart(p, stage);
            }
            if ((stage.kind() == StageKind.PARTITION
                            || stage.kind() == StageKind.PARTITION_UNIQUE
                            || stage.kind() == StageKind.TIMED_WINDOW_UNIQUE
                            || stage.kind() == StageKind.UNIQUE)
                    && !stage.decl().key().isEmpty()) {
                checkKey(p, stage);
            }
            if (stage.kind() == StageKind.KEY_BY) {
                if (stage.decl().key().isEmpty()) {
                    p.markBroken(stage);
                    p.error(
                            stage,
                            "key",
                            ProblemCode.KEY_BY_SHAPE,
                            stage.describe() + " names no key method. Add key = \"<method>\" naming a default method"
                                    + " 'K <method>(T element)' that returns the element's key, e.g. @KeyBy(key ="
                                    + " \"customer\").");
                } else {
                    checkKey(p, stage);
                }
            }
        }
    }

    private static void checkSize(PipelineUnderCheck p, StageView stage) {
        int n = stage.decl().size();
        if (n <= 0) {
            p.error(
                    stage,
                    "value",
                    ProblemCode.NON_POSITIVE_SIZE,
                    stage.describe() + " needs a size of at least 1; found " + n + ". Give " + sizeMeaning(stage.kind())
                            + ", e.g. " + StageShapes.at(stage.kind()) + "(3).");
        }
    }

    private static String sizeMeaning(StageKind kind) {
        return switch (kind) {
            case PARTITION -> "the number of elements per partition";
            case PARTITION_UNIQUE -> "the number of distinct keys per group";
            case BUFFER -> "how many elements may wait in the buffer";
            case MAP_ASYNC -> "the most calls in flight at once (parallelism)";
            default -> "the number of elements per window";
        };
    }

    private static void checkHistory(PipelineUnderCheck p, StageView stage) {
        int history = stage.decl().size();
        if (history < 0) {
            p.error(
                    stage,
                    "history",
                    ProblemCode.NEGATIVE_HISTORY,
                    stage.describe() + " has a negative history; found history = " + history
                            + ". Use 0 to remember every element ever seen, or n > 0 to remember the last n.");
        }
    }

    /** Python's slicing over a stream: no negative bound (no end to count back from), a step of 1 or more. */
    private static void checkSlice(PipelineUnderCheck p, StageView stage) {
        StageOptions.Slice slice = stage.decl().slice();
        if (slice.start() < 0) {
            p.error(
                    stage,
                    "start",
                    ProblemCode.BAD_SLICE,
                    stage.describe() + " starts at a negative position; found start = " + slice.start()
                            + ". A stream has no end to count back from: give the first position, 0 or more.");
        }
        if (slice.end() < StageOptions.Slice.NO_END) {
            p.error(
                    stage,
                    "end",
                    ProblemCode.BAD_SLICE,
                    stage.describe() + " ends at a negative position; found end = " + slice.end()
                            + ". Give the position before which the slice ends, 0 or more, or leave end out"
                            + " (Slice.NO_END) for no end.");
        }
        if (slice.step() < 1) {
            p.error(
                    stage,
                    "step",
                    ProblemCode.BAD_SLICE,
                    stage.describe() + " needs a step of at least 1; found step = " + slice.step()
                            + ". Give every how many positions an element passes, e.g. step = 2.");
        }
    }

    private static void checkInputs(PipelineUnderCheck p, StageView stage) {
        List<String> from = stage.decl().from();
        if (from.size() < 2) {
            p.markBroken(stage);
            p.error(
                    stage,
                    "from",
                    ProblemCode.TOO_FEW_INPUTS,
                    stage.describe() + " joins several streams but from names " + from.size()
                            + (from.size() == 1 ? " stage " + from : " stages")
                            + ". Name at least two upstream stages, e.g. from = {\"a\", \"b\"}; for one input use"
                            + " a single-input stage instead.");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : stage.stringValues("from")) {
            if (value.getValue() instanceof String name && !seen.add(name)) {
                p.markBroken(stage);
                p.error(
                        stage.method(),
                        stage.annotation(),
                        value,
                        ProblemCode.DUPLICATE_INPUT,
                        stage.describe() + " lists input \"" + name + "\" more than once in from = " + from
                                + ". Name each input once; to use one stream twice, add a @Map stage that"
                                + " copies it and name both.");
            }
        }
    }

    private static void checkEmitOn(PipelineUnderCheck p, StageView stage) {
        Set<String> inputs = new LinkedHashSet<>(stage.decl().from());
        for (AnnotationValue value : stage.stringValues("emitOn")) {
            if (value.getValue() instanceof String name && !inputs.contains(name)) {
                p.error(
                        stage.method(),
                        stage.annotation(),
                        value,
                        ProblemCode.UNKNOWN_EMIT_ON,
                        "emitOn = \"" + name + "\" is not an input of " + stage.describe()
                                + "; its inputs are " + inputs + "."
                                + Spelling.closest(name, inputs)
                                        .map(c -> " Did you mean \"" + c + "\"?")
                                        .orElse(" Name one of them, or leave emitOn empty to emit on every input."));
            }
        }
    }

    /** Methods of the interface (declared or inherited) with this name. */
    static List<ExecutableElement> methodsNamed(PipelineUnderCheck p, String name) {
        return p.methodsNamed(name);
    }

    private static List<String> helperNames(PipelineUnderCheck p) {
        Set<String> names = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(p.type().getEnclosedElements())) {
            if (MethodRules.stageAnnotations(method).isEmpty()) {
                names.add(method.getSimpleName().toString());
            }
        }
        return new ArrayList<>(names);
    }

    private static void checkStart(PipelineUnderCheck p, StageView stage) {
        String start = stage.decl().start();
        List<ExecutableElement> candidates = methodsNamed(p, start);
        if (candidates.isEmpty()) {
            p.markBroken(stage);
            p.error(
                    stage,
                    "start",
                    ProblemCode.UNKNOWN_METHOD,
                    "start = \"" + start + "\" names no method of " + p.simpleName() + "."
                            + Spelling.suggestion(start, helperNames(p), "non-stage methods")
                            + " Declare 'default S " + start + "()' (or static) returning the initial state.");
            return;
        }
        ExecutableElement method = candidates.stream()
                .filter(m -> m.getParameters().isEmpty())
                .findFirst()
                .orElse(candidates.get(0));
        TypeMirror state =
                stage.parameters().size() == 2 ? stage.parameters().get(0).asType() : null;
        String wrong = startShapeProblem(p, method, state);
        if (wrong == null) {
            p.resolveStart(stage, method);
        } else {
            p.markBroken(stage);
            p.error(
                    stage,
                    "start",
                    ProblemCode.BAD_METHOD_SHAPE,
                    "start = \"" + start + "\" must name a no-argument default or static method returning the"
                            + " initial state" + (state == null ? "" : " (" + TypeText.of(state) + ")")
                            + "; '" + start + "' " + wrong + ". Change it to 'default "
                            + (state == null ? "S" : TypeText.of(state)) + " " + start + "() { ... }'.");
        }
    }

    private static String startShapeProblem(PipelineUnderCheck p, ExecutableElement method, TypeMirror state) {
        String callable = callableProblem(p, method, true);
        if (callable != null) {
            return callable;
        }
        if (!method.getParameters().isEmpty()) {
            return "takes " + parameters(method.getParameters().size());
        }
        TypeMirror returned = p.asMember(method).getReturnType();
        if (returned.getKind() == TypeKind.VOID) {
            return "returns void";
        }
        if (state != null && !p.types().isAssignable(returned, state)) {
            return "returns " + TypeText.of(returned) + ", which is not a " + TypeText.of(state);
        }
        return null;
    }

    /** Why generated code cannot call {@code method} as a helper, or null if it can. */
    private static String callableProblem(PipelineUnderCheck p, ExecutableElement method, boolean staticAllowed) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            return "is private";
        }
        if (modifiers.contains(Modifier.ABSTRACT)) {
            return "is abstract";
        }
        if (modifiers.contains(Modifier.STATIC) && !staticAllowed) {
            return "is static";
        }
        if (!method.getTypeParameters().isEmpty()) {
            return "is generic";
        }
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (MethodRules.isChecked(p, thrown)) {
                return "throws checked " + TypeText.of(thrown);
            }
        }
        return null;
    }

    static String parameters(int count) {
        return count == 1 ? "1 parameter" : count + " parameters";
    }

    private static void checkKey(PipelineUnderCheck p, StageView stage) {
        String key = stage.decl().key();
        List<ExecutableElement> candidates = methodsNamed(p, key);
        if (candidates.isEmpty()) {
            p.markBroken(stage);
            p.error(
                    stage,
                    "key",
                    ProblemCode.UNKNOWN_METHOD,
                    "key = \"" + key + "\" names no method of " + p.simpleName() + "."
                            + Spelling.suggestion(key, helperNames(p), "non-stage methods")
                            + " Declare 'default K " + key + "(T element)' returning the key.");
            return;
        }
        ExecutableElement method = candidates.stream()
                .filter(m -> m.getParameters().size() == 1)
                .findFirst()
                .orElse(candidates.get(0));
        TypeMirror element =
                stage.parameters().size() == 1 ? stage.parameters().get(0).asType() : null;
        String wrong = keyShapeProblem(p, method, element);
        if (wrong == null) {
            p.resolveKey(stage, method);
        } else {
            p.markBroken(stage);
            p.error(
                    stage,
                    "key",
                    ProblemCode.BAD_METHOD_SHAPE,
                    "key = \"" + key + "\" must name a default method taking the element"
                            + (element == null ? "" : " (" + TypeText.of(element) + ")") + " and returning its key; '"
                            + key + "' " + wrong + ". Change it to 'default K " + key + "("
                            + (element == null ? "T" : TypeText.of(element)) + " element) { ... }'.");
        }
    }

    private static String keyShapeProblem(PipelineUnderCheck p, ExecutableElement method, TypeMirror element) {
        String callable = callableProblem(p, method, false);
        if (callable != null) {
            return callable;
        }
        if (method.getParameters().size() != 1) {
            return "takes " + parameters(method.getParameters().size());
        }
        ExecutableType member = p.asMember(method);
        if (member.getReturnType().getKind() == TypeKind.VOID) {
            return "returns void";
        }
        TypeMirror parameter = member.getParameterTypes().get(0);
        if (element != null && !p.types().isAssignable(element, parameter)) {
            return "takes " + TypeText.of(parameter) + ", which cannot accept " + TypeText.of(element);
        }
        return null;
    }
}
