package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * The engine body of slidingWindow and partition, per key: the window or buffer is an
 * unmodifiable list in a {@code ValueState} (replaced, never mutated, so a store-backed state
 * holds exactly what was set); a keyed partition keeps one buffer per inner key in a
 * {@code MapState}. What goes downstream is the list the state holds, as the runtime's helpers
 * hand a fresh unmodifiable list.
 */
final class WindowEngine {
    private WindowEngine() {}

    /** The window's element type, boxed: {@code E} of the {@code List<E>} the stage emits. */
    static TypeName element(Stage stage) {
        return HelperFields.elementOf(stage.outputType()).box();
    }

    private static TypeName list(Stage stage) {
        return ParameterizedTypeName.get(RuntimeTypes.LIST, element(stage));
    }

    private static CodeBlock codec(EngineBody e, TypeName type) {
        CodeBlock codec = e.facts().codec(type);
        return codec == null ? CodeBlock.of("null") : codec;
    }

    static List<EngineState> states(EngineBody e, Stage stage, boolean keyedPartition) {
        String field = e.generation().names().field(stage);
        if (keyedPartition) {
            StageOptions.Key key = stage.options(StageOptions.Partition.class).key();
            return List.of(new EngineState(
                    stage.name(),
                    field,
                    ParameterizedTypeName.get(RuntimeTypes.MAP_STATE, ClassName.OBJECT, list(stage)),
                    "map",
                    CodeBlock.of(
                            "$T.map($S, $S, $L, $L, $L)",
                            RuntimeTypes.STATE_SPEC,
                            stage.name(),
                            stage.name(),
                            e.scope(stage),
                            codec(e, key.type()),
                            codec(e, stage.outputType()))));
        }
        return List.of(new EngineState(
                stage.name(),
                field,
                ParameterizedTypeName.get(RuntimeTypes.VALUE_STATE, list(stage)),
                "value",
                CodeBlock.of(
                        "$T.value($S, $S, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec(e, stage.outputType()))));
    }

    /** {@code next}: a new list of the held elements and {@code in}, oldest first. */
    private static String appended(Stage stage, CodeBlock held, Value in, MethodScope scope) {
        String next = scope.newLocal(stage.name() + "Next");
        scope.body()
                .addStatement(
                        "$T<$T> $N = new $T<>()",
                        RuntimeTypes.ARRAY_LIST,
                        element(stage),
                        next,
                        RuntimeTypes.ARRAY_LIST)
                .addStatement("$N.addAll($L)", next, held)
                .addStatement("$N.add($N)", next, in.name());
        return next;
    }

    static Value slidingWindow(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.SlidingWindow options = stage.options(StageOptions.SlidingWindow.class);
        String handle = e.generation().names().field(stage);
        String next = appended(
                stage,
                CodeBlock.of("this.$N.isSet() ? this.$N.get() : $T.of()", handle, handle, RuntimeTypes.LIST),
                in,
                scope);
        scope.body()
                .beginControlFlow("if ($N.size() > $L)", next, options.size())
                .addStatement("$N.remove(0)", next)
                .endControlFlow();
        Value window = scope.local(stage, CodeBlock.of("$T.unmodifiableList($N)", RuntimeTypes.COLLECTIONS, next));
        scope.body().addStatement("this.$N.set($N)", handle, window.name());
        if (!options.returnPartial()) {
            scope.returnUnless(CodeBlock.of("($N.size() == $L)", window.name(), options.size()));
        }
        return window;
    }

    static Value partition(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Partition options = stage.options(StageOptions.Partition.class);
        String handle = e.generation().names().field(stage);
        if (options.key() == null) {
            String next = appended(
                    stage,
                    CodeBlock.of("this.$N.isSet() ? this.$N.get() : $T.of()", handle, handle, RuntimeTypes.LIST),
                    in,
                    scope);
            scope.body()
                    .beginControlFlow("if ($N.size() < $L)", next, options.size())
                    .addStatement("this.$N.set($T.unmodifiableList($N))", handle, RuntimeTypes.COLLECTIONS, next);
            scope.returnEarly();
            scope.body().endControlFlow().addStatement("this.$N.clear()", handle);
            return scope.local(stage, CodeBlock.of("$T.unmodifiableList($N)", RuntimeTypes.COLLECTIONS, next));
        }
        String key = scope.newLocal(stage.name() + "Key");
        scope.body().addStatement("$T $N", Object.class, key);
        scope.guarded(
                stage, CodeBlock.of("$N = $L($N)", key, e.user(options.key().method()), in.name()));
        String next = appended(
                stage,
                CodeBlock.of(
                        "this.$N.containsKey($N) ? this.$N.get($N) : $T.of()",
                        handle,
                        key,
                        handle,
                        key,
                        RuntimeTypes.LIST),
                in,
                scope);
        scope.body()
                .beginControlFlow("if ($N.size() < $L)", next, options.size())
                .addStatement("this.$N.put($N, $T.unmodifiableList($N))", handle, key, RuntimeTypes.COLLECTIONS, next);
        scope.returnEarly();
        scope.body().endControlFlow().addStatement("this.$N.remove($N)", handle, key);
        return scope.local(stage, CodeBlock.of("$T.unmodifiableList($N)", RuntimeTypes.COLLECTIONS, next));
    }
}
