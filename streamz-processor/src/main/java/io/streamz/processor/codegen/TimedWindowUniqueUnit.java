package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

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

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        StageOptions.TimedWindowUnique options = options(stage);
        twin.elementType(stage, stage.outputType());
        CodeBlock up = twin.upAs(stage, HelperFields.elementOf(stage.outputType()));
        if (options.key() == null && !options.keepLast()) {
            return CodeBlock.of("$L.timedWindowUnique($L).named($S)", up, duration(options.millis()), stage.name());
        }
        CodeBlock key = options.key() == null
                ? CodeBlock.of(", $T.identity()", RuntimeTypes.FUNCTION)
                : twin.keyArgument(stage, options.key());
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
