package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @Accumulate}, in its four shapes (with or without {@code start}, returning the state or
 * an {@code Accumulated}). The state lives in a field named after the stage, which changes only
 * after the user's method returns, and before the value goes downstream, as in the runtime.
 * Without a start, the first element becomes the state and is passed on unchanged; a flag
 * field says whether it came. With {@code withState} what a fold passes on goes with the state
 * alongside, as {@code Accumulated.of(state, state)} (the twin's {@code accumulateWithState}).
 * With {@code resetBy}, the start object is kept in a field of its own, and each element of the
 * resetting stage sets the state back to it where that stage hands its elements on, in branch
 * order (the twin's node has the resetting stream as its second upstream).
 */
final class AccumulateUnit implements StageUnit {
    private static final String STARTED = "started";
    private static final String START = "start";

    @Override
    public void allocateNames(Stage stage, Names.Allocation names) {
        if (options(stage).start() == null) {
            names.field(STARTED, stage, stage.name() + "Started");
        }
        if (options(stage).resetBy() != null) {
            names.field(START, stage, stage.name() + "Start");
        }
    }

    private static StageOptions.Accumulate options(Stage stage) {
        return stage.options(StageOptions.Accumulate.class);
    }

    /** The expression giving the initial state: {@code zero()} or {@code Totals.zero()}. */
    private static CodeBlock start(Generation g, StageOptions.Accumulate options) {
        return options.startIsStatic()
                ? CodeBlock.of("$T.$N()", g.model().pipeline(), options.start())
                : CodeBlock.of("$L()", Names.call(options.start()));
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        StageOptions.Accumulate options = options(stage);
        FieldSpec.Builder state =
                FieldSpec.builder(options.stateType(), g.names().field(stage), Modifier.PRIVATE);
        if (options.resetBy() != null) {
            // the start object, made once and reused by every reset, as the twin's node reuses it
            String start = g.names().member(START, stage);
            return List.of(
                    FieldSpec.builder(options.stateType(), start, Modifier.PRIVATE, Modifier.FINAL)
                            .initializer(start(g, options))
                            .build(),
                    state.initializer("this.$N", start).build());
        }
        if (options.start() != null) {
            return List.of(state.initializer(start(g, options)).build());
        }
        return List.of(
                state.build(),
                FieldSpec.builder(TypeName.BOOLEAN, g.names().member(STARTED, stage), Modifier.PRIVATE)
                        .build());
    }

    /** An element of the stage named by {@code resetBy}: the state back to the start object. */
    @Override
    public CodeBlock reset(Generation g, Stage stage) {
        CodeBlock start = CodeBlock.of("this.$N", g.names().member(START, stage));
        return CodeBlock.of("this.$N = $L", g.names().field(stage), g.meters().countedInto(stage, start));
    }

    @Override
    public boolean emitsUnboxed(Stage stage) {
        return true;
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        String local = scope.newLocal(stage.name());
        if (options(stage).returnsState()) {
            return fuseReturningState(g, stage, in, local, scope);
        }
        Value state = fuseState(g, stage, in, local, scope);
        if (!options(stage).withState()) {
            return state;
        }
        // with_state=True: the new state alongside the result, which is the state
        String both = scope.newLocal(stage.name() + "WithState");
        scope.body()
                .addStatement(
                        "$T $N = $T.of($N, $N)", stage.outputType(), both, RuntimeTypes.ACCUMULATED, local, local);
        return new Value(both, stage.outputType());
    }

    /** The new state into {@code local}, and into the state field: the value a plain accumulate emits. */
    private static Value fuseState(Generation g, Stage stage, Value in, String local, MethodScope scope) {
        String state = g.names().field(stage);
        TypeName stateType = stage.returnType();
        CodeBlock next = CodeBlock.of("$N = $L(this.$N, $N)", local, Names.call(stage.name()), state, in.name());
        CodeBlock.Builder body = scope.body();
        body.addStatement("$T $N", stateType, local);
        if (options(stage).start() == null) {
            String started = g.names().member(STARTED, stage);
            body.beginControlFlow("if (this.$N)", started);
            scope.guarded(stage, next, asTwinSeesIt(stage, in));
            body.nextControlFlow("else");
            if (rejectsNullFirst(stage, in)) {
                scope.guarded(stage, CodeBlock.of("$N = $L", local, nonNullFirst(stage, in)), in);
                body.addStatement("this.$N = true", started);
            } else {
                body.addStatement("this.$N = true", started).addStatement("$N = $N", local, in.name());
            }
            body.endControlFlow();
        } else {
            scope.guarded(stage, next, in);
        }
        body.addStatement("this.$N = $N", state, local);
        return new Value(local, stateType);
    }

    /**
     * {@code in} as the element the twin's accumulate node receives: widened to a primitive state
     * type when the twin widens the first element in a node before it ({@link #firstElementWidened}).
     */
    private static Value asTwinSeesIt(Stage stage, Value in) {
        TypeName state = options(stage).stateType();
        if (!state.isPrimitive() || in.type().box().equals(state.box())) {
            return in;
        }
        return new Value(CodeBlock.of("($T) $N", state, in.name()).toString(), state);
    }

    private static Value fuseReturningState(Generation g, Stage stage, Value element, String local, MethodScope scope) {
        String in = element.name();
        StageOptions.Accumulate options = options(stage);
        String state = g.names().field(stage);
        TypeName accumulated = ParameterizedTypeName.get(
                RuntimeTypes.ACCUMULATED,
                options.stateType().box(),
                stage.outputType().box());
        CodeBlock next = CodeBlock.of(
                "$N = $T.requireNonNull($L(this.$N, $N), $S)",
                local,
                RuntimeTypes.OBJECTS,
                Names.call(stage.name()),
                state,
                in,
                "accumulate: " + stage.name()
                        + " returned null; a state-returning accumulator must return an Accumulated");
        String value = scope.newLocal(stage.name() + "Value");
        CodeBlock.Builder body = scope.body();
        if (options.start() != null) {
            body.addStatement("$T $N", accumulated, local);
            scope.guarded(stage, next, new Value(in, stage.inputType()));
            body.addStatement("this.$N = $N.state()", state, local)
                    .addStatement("$T $N = $N.value()", stage.outputType(), value, local);
            return new Value(value, stage.outputType());
        }
        String started = g.names().member(STARTED, stage);
        body.addStatement("$T $N", stage.outputType(), value)
                .beginControlFlow("if (this.$N)", started)
                .addStatement("$T $N", accumulated, local);
        scope.guarded(stage, next, new Value(in, stage.inputType()));
        body.addStatement("this.$N = $N.state()", state, local)
                .addStatement("$N = $N.value()", value, local)
                .nextControlFlow("else");
        if (rejectsNullFirst(stage, element)) {
            scope.guarded(stage, CodeBlock.of("this.$N = $L", state, nonNullFirst(stage, element)), element);
            body.addStatement("this.$N = true", started);
        } else {
            body.addStatement("this.$N = true", started).addStatement("this.$N = $L", state, first(stage, element));
        }
        body.addStatement("$N = $L", value, first(stage, element)).endControlFlow();
        return new Value(value, stage.outputType());
    }

    /**
     * The first element, which becomes the state and the first value: widened to the state's
     * primitive type when it arrives as a narrower one ({@code int} or {@code Integer} into a
     * {@code long} state).
     */
    private static CodeBlock first(Stage stage, Value in) {
        TypeName state = options(stage).stateType();
        TypeName primitive = state.isBoxedPrimitive() ? state.unbox() : state;
        if (primitive.isPrimitive() && !in.type().box().equals(primitive.box())) {
            return CodeBlock.of("($T) $N", primitive, in.name());
        }
        return CodeBlock.of("$N", in.name());
    }

    /**
     * Whether the first element, which becomes the state, may be {@code null} where the state
     * cannot: a boxed element into a primitive state. Such a stage rejects it, naming itself,
     * before anything changes, as the twin's accumulate does ({@code PrimitiveState}).
     */
    private static boolean rejectsNullFirst(Stage stage, Value in) {
        return options(stage).stateType().isPrimitive() && !in.type().isPrimitive();
    }

    /** {@code in}, checked not {@code null} with the twin's message, widened as {@link #first}. */
    private static CodeBlock nonNullFirst(Stage stage, Value in) {
        TypeName state = options(stage).stateType();
        CodeBlock checked =
                CodeBlock.of("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, in.name(), nullFirstMessage(state));
        return in.type().box().equals(state.box()) ? checked : CodeBlock.of("($T) $L", state, checked);
    }

    /** The message of the runtime's {@code PrimitiveState.nullFirstElement}, word for word. */
    private static String nullFirstMessage(TypeName state) {
        String name = state.toString();
        return "the first element becomes the state, " + (name.equals("int") ? "an " : "a ") + name
                + ", and cannot be null";
    }

    /** {@code long}, {@code int} and {@code double} state in an unboxed cell, any other in a value. */
    private static String cell(TypeName state) {
        if (state.equals(TypeName.LONG)) {
            return "longState";
        }
        if (state.equals(TypeName.INT)) {
            return "intState";
        }
        return state.equals(TypeName.DOUBLE) ? "doubleState" : "value";
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        TypeName state = options(stage).stateType();
        String factory = cell(state);
        TypeName handle = switch (factory) {
            case "longState" -> RuntimeTypes.LONG_STATE;
            case "intState" -> RuntimeTypes.INT_STATE;
            case "doubleState" -> RuntimeTypes.DOUBLE_STATE;
            default -> ParameterizedTypeName.get(RuntimeTypes.VALUE_STATE, state.box());
        };
        CodeBlock spec;
        if (factory.equals("value")) {
            CodeBlock codec = e.facts().codec(state);
            spec = CodeBlock.of(
                    "$T.value($S, $S, $L, $L)",
                    RuntimeTypes.STATE_SPEC,
                    stage.name(),
                    stage.name(),
                    e.scope(stage),
                    codec == null ? CodeBlock.of("null") : codec);
        } else {
            String kind =
                    factory.equals("longState") ? "longCell" : factory.equals("intState") ? "intCell" : "doubleCell";
            spec = CodeBlock.of(
                    "$T.$N($S, $S, $L)", RuntimeTypes.STATE_SPEC, kind, stage.name(), stage.name(), e.scope(stage));
        }
        return List.of(new EngineState(stage.name(), e.generation().names().field(stage), handle, factory, spec));
    }

    /**
     * As in the fused class, with the state in a handle for the current key: read (or the start
     * while unset), the user's method, the new state written back before the value goes on;
     * without a start, a key's first element becomes its state and goes on as it is.
     */
    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Accumulate options = options(stage);
        String handle = e.generation().names().field(stage);
        CodeBlock.Builder body = scope.body();
        String local = scope.newLocal(stage.name());
        String current = scope.newLocal(stage.name() + "State");
        // with withState the method returns the state, which then goes on alongside itself
        TypeName valueType = options.withState() ? options.stateType() : stage.outputType();
        body.addStatement("$T $N", valueType, local);
        if (options.start() != null) {
            readOrStart(e, stage, current, scope);
            engineStep(e, stage, in, current, local, scope);
        } else {
            body.addStatement("$T $N", options.stateType(), current)
                    .beginControlFlow("if (this.$N.isSet())", handle)
                    .addStatement("$N = this.$N.get()", current, handle);
            engineStep(e, stage, in, current, local, scope);
            body.nextControlFlow("else");
            if (rejectsNullFirst(stage, in)) {
                scope.guarded(stage, CodeBlock.of("$N = $L", current, nonNullFirst(stage, in)), in);
                body.addStatement("this.$N.set($N)", handle, current);
            } else {
                body.addStatement("this.$N.set($N)", handle, in.name());
            }
            body.addStatement("$N = $N", local, in.name()).endControlFlow();
        }
        if (!options.withState()) {
            return new Value(local, stage.outputType());
        }
        String both = scope.newLocal(stage.name() + "WithState");
        body.addStatement("$T $N = $T.of($N, $N)", stage.outputType(), both, RuntimeTypes.ACCUMULATED, local, local);
        return new Value(both, stage.outputType());
    }

    /**
     * {@code current}: the key's state, or the start while it has none. A cell reads 0 while unset,
     * so it is read once and asked {@code isSet()} only when it reads 0; a value is asked first.
     */
    private static void readOrStart(EngineBody e, Stage stage, String current, MethodScope scope) {
        StageOptions.Accumulate options = options(stage);
        String handle = e.generation().names().field(stage);
        CodeBlock start = options.startIsStatic()
                ? CodeBlock.of("$T.$N()", e.generation().model().pipeline(), options.start())
                : CodeBlock.of("$L()", e.user(options.start()));
        if (cell(options.stateType()).equals("value")) {
            scope.body()
                    .addStatement("$T $N", options.stateType(), current)
                    .beginControlFlow("if (this.$N.isSet())", handle)
                    .addStatement("$N = this.$N.get()", current, handle)
                    .nextControlFlow("else");
        } else {
            scope.body()
                    .addStatement("$T $N = this.$N.get()", options.stateType(), current, handle)
                    .beginControlFlow("if ($N == 0 && !this.$N.isSet())", current, handle);
        }
        scope.guarded(stage, CodeBlock.of("$N = $L", current, start));
        scope.body().endControlFlow();
    }

    /** The user's method on {@code current} and {@code in} into {@code local}; the new state set. */
    private static void engineStep(
            EngineBody e, Stage stage, Value in, String current, String local, MethodScope scope) {
        StageOptions.Accumulate options = options(stage);
        String handle = e.generation().names().field(stage);
        CodeBlock.Builder body = scope.body();
        CodeBlock call = CodeBlock.of("$L($N, $N)", e.user(stage.name()), current, in.name());
        Value routed = options.start() == null ? asTwinSeesIt(stage, in) : in;
        if (!options.returnsState()) {
            scope.guarded(stage, CodeBlock.of("$N = $L", local, call), routed);
            body.addStatement("this.$N.set($N)", handle, local);
            return;
        }
        TypeName accumulated = ParameterizedTypeName.get(
                RuntimeTypes.ACCUMULATED,
                options.stateType().box(),
                stage.outputType().box());
        String result = scope.newLocal(stage.name() + "Result");
        body.addStatement("$T $N", accumulated, result);
        scope.guarded(
                stage,
                CodeBlock.of(
                        "$N = $T.requireNonNull($L, $S)",
                        result,
                        RuntimeTypes.OBJECTS,
                        call,
                        "accumulate: " + stage.name()
                                + " returned null; a state-returning accumulator must return an Accumulated"),
                new Value(in.name(), stage.inputType()));
        body.addStatement("this.$N.set($N.state())", handle, result).addStatement("$N = $N.value()", local, result);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        StageOptions.Accumulate options = options(stage);
        if (options.start() != null) {
            return withStart(twin, stage, start(twin.generation(), options));
        }
        TypeName state = options.stateType().box();
        if (options.returnsState()) {
            TypeName accumulated =
                    ParameterizedTypeName.get(RuntimeTypes.ACCUMULATED, state, WildcardTypeName.subtypeOf(state));
            twin.elementType(stage, state);
            return CodeBlock.of(
                    "$L.accumulateReturningState($T.<$T, $T, $T>biFunction($S, $Lthis::$N))",
                    twin.upType(stage).equals(state) ? twin.up(stage) : widened(twin, stage),
                    primitiveState(stage) ? RuntimeTypes.NAMED_OPERATORS : RuntimeTypes.NAMED,
                    state,
                    state,
                    accumulated,
                    stage.name(),
                    primitiveStateArgument(stage),
                    stage.name());
        }
        if (twin.upType(stage).equals(state)) {
            return CodeBlock.of(
                    "$L.$N($T.<$T>binaryOperator($S, $Lthis::$N))",
                    twin.up(stage),
                    fold(stage),
                    RuntimeTypes.NAMED_OPERATORS,
                    state,
                    stage.name(),
                    primitiveStateArgument(stage),
                    stage.name());
        }
        return firstElementWidened(twin, stage);
    }

    /** The runtime's operator for a fold: {@code accumulate}, or {@code accumulateWithState} with withState. */
    private static String fold(Stage stage) {
        return options(stage).withState() ? "accumulateWithState" : "accumulate";
    }

    private static CodeBlock withStart(TwinScope twin, Stage stage, CodeBlock start) {
        TypeName state = options(stage).stateType().box();
        TypeName result = options(stage).returnsState()
                ? ParameterizedTypeName.get(
                        RuntimeTypes.ACCUMULATED, state, stage.outputType().box())
                : state;
        String resetBy = options(stage).resetBy();
        return CodeBlock.of(
                "$L.$N($T.<$T, $T, $T>biFunction($S, this::$N), $L$L)",
                twin.up(stage),
                options(stage).returnsState() ? "accumulateReturningState" : fold(stage),
                RuntimeTypes.NAMED,
                state,
                twin.upType(stage),
                result,
                stage.name(),
                stage.name(),
                start,
                resetBy == null
                        ? CodeBlock.of("")
                        : CodeBlock.of(
                                ", $L", twin.field(twin.generation().model().stage(resetBy))));
    }

    /**
     * The first element becomes the state: widen it to S in a node of its own, then narrow each
     * later element back to the parameter type the method takes.
     */
    private static CodeBlock firstElementWidened(TwinScope twin, Stage stage) {
        TypeName stateType = options(stage).stateType();
        TypeName state = stateType.box();
        TypeName element = stage.parameterTypes().get(1);
        CodeBlock narrow = element.isPrimitive() && stateType.isPrimitive()
                ? CodeBlock.of("($T) ($T) value", element, stateType)
                : CodeBlock.of("($T) value", element);
        if (RuntimeTypes.uncheckedCast(element)) {
            twin.markUnchecked();
        }
        return CodeBlock.of(
                "$L\n.$N($T.<$T>binaryOperator($S, $L(state, value) -> $L(state, $L)))",
                widened(twin, stage),
                fold(stage),
                RuntimeTypes.NAMED_OPERATORS,
                state,
                stage.name(),
                primitiveStateArgument(stage),
                Names.call(stage.name()),
                narrow);
    }

    /**
     * The upstream's node mapped to a stream of the state type S (boxed), for an accumulate
     * without start whose upstream the runtime types otherwise: its first element becomes the state.
     */
    private static CodeBlock widened(TwinScope twin, Stage stage) {
        TypeName stateType = options(stage).stateType();
        TypeName primitive = stateType.isBoxedPrimitive() ? stateType.unbox() : stateType;
        // null goes on to the accumulate, which names itself when it rejects it, as the fused class does
        CodeBlock widen = primitive.isPrimitive()
                ? CodeBlock.of("value -> value == null ? null : ($T) ($T) value", stateType.box(), primitive)
                : CodeBlock.of("value -> value");
        return CodeBlock.of(
                "$L.map($T.<$T, $T>function($S, $L))",
                twin.up(stage),
                RuntimeTypes.NAMED,
                twin.upType(stage),
                stateType.box(),
                stage.name(),
                widen);
    }

    /**
     * Whether the twin's accumulate rejects a {@code null} first element: without a start, a
     * state the pipeline declares primitive (the runtime's {@code PrimitiveState}).
     */
    private static boolean primitiveState(Stage stage) {
        return options(stage).start() == null && options(stage).stateType().isPrimitive();
    }

    /** The state type argument of the twin's {@code PrimitiveState} operator, or nothing. */
    private static CodeBlock primitiveStateArgument(Stage stage) {
        return primitiveState(stage)
                ? CodeBlock.of("$S, ", options(stage).stateType().toString())
                : CodeBlock.of("");
    }

    @Override
    public String label(Stage stage) {
        return stage.kind().operator() + ": " + stage.name();
    }
}
