package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @TimedWindowUnique}: a {@code DistinctTimedWindow} on the loop, started by the
 * constructor; each element goes in with its key (computed on arrival, by the key method or the
 * element itself), and every interval the window's distinct elements go on as a list. The twin's
 * node is the runtime's {@code timedWindowUnique}, applying the same rule.
 */
final class TimedWindowUniqueUnit extends LoopStageUnit {
    private static StageOptions.TimedWindowUnique options(Stage stage) {
        return stage.options(StageOptions.TimedWindowUnique.class);
    }

    @Override
    String accept() {
        return "add";
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        if (key == null) {
            return super.fuse(g, stage, in, scope);
        }
        String keyValue = scope.keyLocal(stage, key, ClassName.OBJECT, in);
        scope.body().addStatement("return this.$N.add($N, $N)", g.names().field(stage), keyValue, in.name());
        return null;
    }

    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        return helper(
                g,
                stage,
                over(RuntimeTypes.DISTINCT_TIMED_WINDOW, HelperFields.elementOf(stage.outputType())),
                CodeBlock.of(
                        "$L, $L",
                        duration(options(stage).millis()),
                        options(stage).keepLast()),
                true);
    }

    /** The window length in milliseconds. */
    static long millis(Stage stage) {
        return options(stage).millis();
    }

    private static TypeName element(Stage stage) {
        return HelperFields.elementOf(stage.outputType());
    }

    /** The pending {@code [key, element]} pairs per key, each due at its window's end. */
    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        StageOptions.Key key = options(stage).key();
        CodeBlock keyCodec = e.facts().codec(key != null ? key.type() : element(stage));
        CodeBlock elementCodec = e.facts().codec(element(stage));
        CodeBlock codec = keyCodec == null || elementCodec == null
                ? CodeBlock.of("null")
                : CodeBlock.of(
                        "$T.codec($T.tuple($L, $L))", RuntimeTypes.DUE, RuntimeTypes.CODECS, keyCodec, elementCodec);
        return List.of(new EngineState(
                stage.name(),
                e.generation().names().field(stage),
                ParameterizedTypeName.get(
                        RuntimeTypes.QUEUE_STATE,
                        ParameterizedTypeName.get(
                                RuntimeTypes.DUE, ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.OBJECT))),
                "queue",
                CodeBlock.of(
                        "$T.queue($S, $S, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec)));
    }

    @Override
    public EngineState engineHelper(EngineBody e, Stage stage) {
        return new EngineState(
                stage.name(),
                e.generation().names().member("engine:helper", stage),
                ParameterizedTypeName.get(
                        RuntimeTypes.KEYED_TIMED_WINDOW_UNIQUE, element(stage).box()),
                null,
                CodeBlock.of(
                        "new $T<>(context, this.$N, $L, $L, $L)",
                        RuntimeTypes.KEYED_TIMED_WINDOW_UNIQUE,
                        e.generation().names().field(stage),
                        e.timer(stage),
                        millis(stage),
                        options(stage).keepLast()));
    }

    /** The element goes into the key's window with its key, computed now. */
    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        String keyValue = in.name();
        if (key != null) {
            keyValue = scope.newLocal(stage.name() + "Key");
            scope.body().addStatement("$T $N", Object.class, keyValue);
            scope.guarded(stage, CodeBlock.of("$N = $L($N)", keyValue, e.user(key.method()), in.name()));
        }
        scope.body()
                .addStatement(
                        "this.$N.add($N, $N)",
                        e.generation().names().member("engine:helper", stage),
                        keyValue,
                        in.name());
        return null;
    }

    @Override
    public CodeBlock engineOnTimer(EngineBody e, Stage stage) {
        return TimeEngine.onTimer(e, stage);
    }

    /** In a keyed pipeline's twin, the windows are aligned and non-empty, as the engine body's. */
    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        StageOptions.TimedWindowUnique options = options(stage);
        twin.elementType(stage, stage.outputType());
        CodeBlock up = twin.upAs(stage, HelperFields.elementOf(stage.outputType()));
        CodeBlock key = options.key() == null
                ? CodeBlock.of(", $T.identity()", RuntimeTypes.FUNCTION)
                : twin.keyArgument(stage, options.key());
        if (twin.keyed()) {
            return CodeBlock.of(
                    "$L.alignedTimedWindowUnique($L$L, $T.$N).named($S)",
                    up,
                    duration(options.millis()),
                    key,
                    RuntimeTypes.KEEP,
                    options.keepLast() ? "LAST" : "FIRST",
                    stage.name());
        }
        if (options.key() == null && !options.keepLast()) {
            return CodeBlock.of("$L.timedWindowUnique($L).named($S)", up, duration(options.millis()), stage.name());
        }
        return CodeBlock.of(
                "$L.timedWindowUnique($L$L, $T.$N).named($S)",
                up,
                duration(options.millis()),
                key,
                RuntimeTypes.KEEP,
                options.keepLast() ? "LAST" : "FIRST",
                stage.name());
    }

    /** The twin node's label, {@code name; timedWindowUnique: 0.5}, which a failing key method names. */
    @Override
    public String label(Stage stage) {
        return stage.name() + "; " + stage.kind().operator() + ": "
                + seconds(options(stage).millis());
    }
}
