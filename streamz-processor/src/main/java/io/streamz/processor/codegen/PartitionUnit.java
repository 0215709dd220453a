package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @Partition}: a partition buffer in a field named after the stage; each element added
 * (with its key, if the stage has a key method) returns a full partition to pass on, or
 * {@code null}.
 */
final class PartitionUnit implements StageUnit {
    private static StageOptions.Partition options(Stage stage) {
        return stage.options(StageOptions.Partition.class);
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        return List.of(HelperFields.helper(
                HelperFields.windowType(RuntimeTypes.PARTITION, stage),
                g.names().field(stage),
                CodeBlock.of(
                        "new $T<>($L)", RuntimeTypes.PARTITION, options(stage).size())));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        String field = g.names().field(stage);
        CodeBlock add = key == null
                ? CodeBlock.of("this.$N.add($N)", field, in.name())
                : CodeBlock.of(
                        "this.$N.add($N, $N)", field, scope.keyLocal(stage, key, ClassName.OBJECT, in), in.name());
        return scope.localOrReturn(stage, add);
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        return WindowEngine.states(e, stage, options(stage).key() != null);
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return WindowEngine.partition(e, stage, in, scope);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.elementType(stage, stage.outputType());
        return CodeBlock.of(
                "$L.partition($L$L).named($S)",
                twin.upAs(stage, HelperFields.elementOf(stage.outputType())),
                options(stage).size(),
                twin.keyArgument(stage, options(stage).key()),
                stage.name());
    }

    @Override
    public String label(Stage stage) {
        return stage.name() + "; partition: " + options(stage).size();
    }
}
