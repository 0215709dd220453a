package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @Slice}: the positions counted in a {@code SlicePositions} field named after the stage;
 * an element at a position outside the slice returns early. The twin's node is the runtime's
 * {@code slice}, which also detaches from its upstream once past the end. In the engine body the
 * position is kept per key in a {@code LongState}.
 */
final class SliceUnit implements StageUnit {
    private static StageOptions.Slice options(Stage stage) {
        return stage.options(StageOptions.Slice.class);
    }

    @Override
    public boolean forwardsInPlace(Stage stage) {
        return true;
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        StageOptions.Slice slice = options(stage);
        return List.of(HelperFields.helper(
                RuntimeTypes.SLICE,
                g.names().field(stage),
                CodeBlock.of("new $T($L, $L, $L)", RuntimeTypes.SLICE, slice.start(), end(slice), slice.step())));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        scope.returnUnless(CodeBlock.of("this.$N.admits()", g.names().field(stage)));
        return in;
    }

    /** Per key, the position of the key's next element, in a {@code LongState} (0 when unset). */
    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        return List.of(new EngineState(
                stage.name(),
                e.generation().names().field(stage),
                RuntimeTypes.LONG_STATE,
                "longState",
                CodeBlock.of(
                        "$T.longCell($S, $S, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage))));
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Slice slice = options(stage);
        String handle = e.generation().names().field(stage);
        String position = scope.newLocal(stage.name() + "Position");
        CodeBlock end = end(slice);
        scope.body()
                .addStatement("long $N = this.$N.get()", position, handle)
                .beginControlFlow("if ($N < $L)", position, end)
                .addStatement("this.$N.set($N + 1)", handle, position)
                .endControlFlow();
        scope.returnUnless(CodeBlock.of(
                "$T.admitsAt($N, $L, $L, $L)", RuntimeTypes.SLICE, position, slice.start(), end, slice.step()));
        return in;
    }

    private static CodeBlock end(StageOptions.Slice slice) {
        return slice.end() == StageOptions.Slice.NO_END
                ? CodeBlock.of("$T.NO_END", RuntimeTypes.SLICE)
                : CodeBlock.of("$L", slice.end());
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        StageOptions.Slice slice = options(stage);
        return CodeBlock.of(
                "$L.slice($L, $L, $L).named($S)",
                twin.up(stage),
                slice.start(),
                slice.end() == StageOptions.Slice.NO_END ? "null" : Integer.toString(slice.end()),
                slice.step(),
                stage.name());
    }
}
