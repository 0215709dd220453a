package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;
import java.util.Map;

/**
 * The expression creating each stage's node in the interpreted twin, and the element type the
 * runtime gives that node. Functions are labelled with the stage name ({@code Named}), other
 * nodes are {@code named(...)} after it.
 */
final class TwinNodes {
    private final PipelineModel model;
    private final Names names;
    private final Map<String, TypeName> elementTypes;
    private boolean unchecked;

    TwinNodes(PipelineModel model, Names names, Map<String, TypeName> elementTypes) {
        this.model = model;
        this.names = names;
        this.elementTypes = elementTypes;
    }

    /** Whether some node needed an unchecked cast (a union of differently typed inputs). */
    boolean unchecked() {
        return unchecked;
    }

    CodeBlock node(Stage stage) {
        CodeBlock node = create(stage);
        if (!elementTypes.containsKey(stage.name())) {
            elementTypes.put(stage.name(), stage.outputType().box());
        }
        return node;
    }

    private CodeBlock create(Stage stage) {
        String name = stage.name();
        switch (stage.kind()) {
            case SOURCE:
                return model.usesLoop()
                        ? CodeBlock.of("new $T<>($S, this.$N)", RuntimeTypes.STREAM, name, names.loopField())
                        : CodeBlock.of("new $T<>($S)", RuntimeTypes.STREAM, name);
            case BUFFER:
                same(stage);
                return CodeBlock.of(
                        "$L.buffer($L).named($S)", up(stage), stage.options().size(), name);
            case DELAY:
            case RATE_LIMIT:
                same(stage);
                return CodeBlock.of(
                        "$L.$N($T.ofMillis($L)).named($S)",
                        up(stage),
                        stage.kind().operator(),
                        RuntimeTypes.DURATION,
                        LoopStages.millis(stage.options().intervalMillis()),
                        name);
            case TIMED_WINDOW:
                elementTypes.put(name, stage.outputType());
                return CodeBlock.of(
                        "$L.timedWindow($T.ofMillis($L)).named($S)",
                        upAs(stage, StageFields.elementOf(stage.outputType())),
                        RuntimeTypes.DURATION,
                        LoopStages.millis(stage.options().intervalMillis()),
                        name);
            case MAP_ASYNC:
                return CodeBlock.of(
                        "$L.mapAsync($T.<$T, $T>function($S, this::$N), $L)",
                        up(stage),
                        RuntimeTypes.NAMED,
                        upType(stage),
                        stage.returnType(),
                        name,
                        name,
                        stage.options().size());
            case MAP:
                return CodeBlock.of(
                        "$L.map($T.<$T, $T>function($S, this::$N))",
                        up(stage),
                        RuntimeTypes.NAMED,
                        upType(stage),
                        stage.outputType().box(),
                        name,
                        name);
            case FILTER:
                same(stage);
                return CodeBlock.of(
                        "$L.filter($T.<$T>predicate($S, this::$N))",
                        up(stage),
                        RuntimeTypes.NAMED,
                        upType(stage),
                        name,
                        name);
            case ACCUMULATE:
                return accumulate(stage);
            case SINK:
                elementTypes.put(name, upType(stage));
                if (stage.isAsyncSink()) {
                    return CodeBlock.of(
                            "$L.sinkAsync($T.<$T, $T>function($S, $L))",
                            up(stage),
                            RuntimeTypes.NAMED,
                            upType(stage),
                            RuntimeTypes.ANY_STAGE,
                            name,
                            stage.userBody()
                                    ? CodeBlock.of("this::$N", name)
                                    : CodeBlock.of("this.$N::apply", names.twinConsumer(stage)));
                }
                return CodeBlock.of(
                        "$L.sink($T.<$T>consumer($S, $L))",
                        up(stage),
                        RuntimeTypes.NAMED,
                        upType(stage),
                        name,
                        stage.userBody()
                                ? CodeBlock.of("this::$N", name)
                                : CodeBlock.of("this.$N::accept", names.twinConsumer(stage)));
            case FLATTEN:
                return CodeBlock.of(
                        "$L.<$T>flatten().named($S)",
                        up(stage),
                        stage.outputType().box(),
                        name);
            case PARTITION:
                elementTypes.put(name, stage.outputType());
                return CodeBlock.of(
                        "$L.partition($L$L).named($S)",
                        upAs(stage, StageFields.elementOf(stage.outputType())),
                        stage.options().size(),
                        key(stage),
                        name);
            case SLIDING_WINDOW:
                elementTypes.put(name, stage.outputType());
                return CodeBlock.of(
                        "$L.slidingWindow($L, $L).named($S)",
                        upAs(stage, StageFields.elementOf(stage.outputType())),
                        stage.options().size(),
                        stage.options().returnPartial(),
                        name);
            case UNIQUE:
                same(stage);
                return CodeBlock.of(
                        "$L.unique($L$L).named($S)", up(stage), stage.options().size(), key(stage), name);
            case UNION:
                return union(stage);
            default:
                return join(stage);
        }
    }

    private CodeBlock accumulate(Stage stage) {
        StageOptions options = stage.options();
        String name = stage.name();
        TypeName state = options.stateType().box();
        TypeName input = upType(stage);
        if (options.start() != null) {
            CodeBlock start = options.startIsStatic()
                    ? CodeBlock.of("$T.$N()", model.pipeline(), options.start())
                    : CodeBlock.of("$N()", options.start());
            if (options.returnsState()) {
                TypeName accumulated = ParameterizedTypeName.get(
                        RuntimeTypes.ACCUMULATED, state, stage.outputType().box());
                return CodeBlock.of(
                        "$L.accumulateReturningState($T.<$T, $T, $T>biFunction($S, this::$N), $L)",
                        up(stage),
                        RuntimeTypes.NAMED,
                        state,
                        input,
                        accumulated,
                        name,
                        name,
                        start);
            }
            return CodeBlock.of(
                    "$L.accumulate($T.<$T, $T, $T>biFunction($S, this::$N), $L)",
                    up(stage),
                    RuntimeTypes.NAMED,
                    state,
                    input,
                    state,
                    name,
                    name,
                    start);
        }
        if (options.returnsState()) {
            TypeName accumulated =
                    ParameterizedTypeName.get(RuntimeTypes.ACCUMULATED, state, WildcardTypeName.subtypeOf(state));
            elementTypes.put(name, state);
            return CodeBlock.of(
                    "$L.accumulateReturningState($T.<$T, $T, $T>biFunction($S, this::$N))",
                    up(stage),
                    RuntimeTypes.NAMED,
                    state,
                    state,
                    accumulated,
                    name,
                    name);
        }
        if (input.equals(state)) {
            return CodeBlock.of(
                    "$L.accumulate($T.<$T>binaryOperator($S, this::$N))",
                    up(stage),
                    RuntimeTypes.NAMED_OPERATORS,
                    state,
                    name,
                    name);
        }
        // The first element becomes the state: widen it to S in a node of its own, then narrow
        // each later element back to the parameter type the method takes.
        TypeName element = stage.parameterTypes().get(1);
        CodeBlock widen = options.stateType().isPrimitive()
                ? CodeBlock.of("value -> ($T) value", options.stateType())
                : CodeBlock.of("value -> value");
        CodeBlock narrow = element.isPrimitive() && options.stateType().isPrimitive()
                ? CodeBlock.of("($T) ($T) value", element, options.stateType())
                : CodeBlock.of("($T) value", element);
        unchecked |= RuntimeTypes.uncheckedCast(element);
        return CodeBlock.of(
                "$L.map($T.<$T, $T>function($S, $L))\n.accumulate($T.<$T>binaryOperator($S, (state, value) -> $N(state, $L)))",
                up(stage),
                RuntimeTypes.NAMED,
                input,
                state,
                name,
                widen,
                RuntimeTypes.NAMED_OPERATORS,
                state,
                name,
                name,
                narrow);
    }

    private CodeBlock union(Stage stage) {
        TypeName element = stage.outputType().box();
        List<String> from = stage.upstreams();
        return CodeBlock.of(
                "$L.union($L).named($S)", nodeAs(model.stage(from.get(0)), element), others(from), stage.name());
    }

    private CodeBlock join(Stage stage) {
        List<String> from = stage.upstreams();
        CodeBlock first = CodeBlock.of("this.$N", names.field(model.stage(from.get(0))));
        CodeBlock joined;
        if (!stage.options().emitOn().isEmpty()) {
            CodeBlock.Builder emitOn = CodeBlock.builder();
            for (String emitter : stage.options().emitOn()) {
                emitOn.add(emitOn.isEmpty() ? "" : ", ").add("this.$N", emitter);
            }
            joined = CodeBlock.of(
                    "$L.combineLatest($T.of($L), $T.of($L))",
                    first,
                    RuntimeTypes.LIST,
                    others(from),
                    RuntimeTypes.LIST,
                    emitOn.build());
        } else {
            joined = CodeBlock.of("$L.$N($L)", first, stage.kind().operator(), others(from));
        }
        if (!stage.userBody()) {
            elementTypes.put(stage.name(), Fusion.TUPLE);
            return CodeBlock.of("$L.named($S)", joined, stage.name());
        }
        return CodeBlock.of(
                "$L.named($S)\n.map($T.<$T, $T>function($S, this::$N))",
                joined,
                stage.name(),
                RuntimeTypes.NAMED,
                Fusion.TUPLE,
                stage.outputType().box(),
                stage.name(),
                names.tupleReader(stage));
    }

    private CodeBlock others(List<String> from) {
        CodeBlock.Builder others = CodeBlock.builder();
        for (int i = 1; i < from.size(); i++) {
            others.add(i == 1 ? "" : ", ").add("this.$N", names.field(model.stage(from.get(i))));
        }
        return others.build();
    }

    private CodeBlock key(Stage stage) {
        String key = stage.options().key();
        return key == null
                ? CodeBlock.of("")
                : CodeBlock.of(
                        ", $T.<$T, $T>function($S, this::$N)",
                        RuntimeTypes.NAMED,
                        upType(stage),
                        ClassName.OBJECT,
                        key,
                        key);
    }

    private void same(Stage stage) {
        elementTypes.put(stage.name(), upType(stage));
    }

    /** The upstream's node seen as a stream of {@code element}, the type the stage declares. */
    private CodeBlock upAs(Stage stage, TypeName element) {
        return nodeAs(model.upstream(stage), element);
    }

    /**
     * {@code node} as a {@code Stream<element>}: an unchecked cast when the runtime types it
     * otherwise, safe because the stage only reads its elements, which the validator checked are
     * {@code element}s.
     */
    private CodeBlock nodeAs(Stage node, TypeName element) {
        CodeBlock field = CodeBlock.of("this.$N", names.field(node));
        if (elementTypes.get(node.name()).equals(element.box())) {
            return field;
        }
        unchecked = true;
        return CodeBlock.of(
                "(($T) ($T) $L)",
                RuntimeTypes.streamOf(element),
                ParameterizedTypeName.get(RuntimeTypes.STREAM, WildcardTypeName.subtypeOf(Object.class)),
                field);
    }

    private CodeBlock up(Stage stage) {
        return CodeBlock.of("this.$N", names.field(model.upstream(stage)));
    }

    private TypeName upType(Stage stage) {
        return elementTypes.get(model.upstream(stage).name());
    }
}
