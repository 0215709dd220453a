package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @PartitionUnique}: a {@code DistinctGroup} in a field named after the stage; each
 * element added under its key (the key method's, or the element itself) returns the full group
 * to pass on, or {@code null}. The twin's node is the runtime's {@code partitionUnique}, which
 * holds the same group.
 */
final class PartitionUniqueUnit implements StageUnit {
    private static StageOptions.PartitionUnique options(Stage stage) {
        return stage.options(StageOptions.PartitionUnique.class);
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        StageOptions.PartitionUnique options = options(stage);
        return List.of(HelperFields.helper(
                HelperFields.windowType(RuntimeTypes.DISTINCT_GROUP, stage),
                g.names().field(stage),
                CodeBlock.of("new $T<>($L, $L)", RuntimeTypes.DISTINCT_GROUP, options.size(), options.keepLast())));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        String keyValue = key == null ? in.name() : scope.keyLocal(stage, key, ClassName.OBJECT, in);
        return scope.localOrReturn(
                stage, CodeBlock.of("this.$N.add($N, $N)", g.names().field(stage), keyValue, in.name()));
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        StageOptions.PartitionUnique options = options(stage);
        twin.elementType(stage, stage.outputType());
        CodeBlock up = twin.upAs(stage, HelperFields.elementOf(stage.outputType()));
        if (options.key() == null && !options.keepLast()) {
            return CodeBlock.of("$L.partitionUnique($L).named($S)", up, options.size(), stage.name());
        }
        CodeBlock key = options.key() == null
                ? CodeBlock.of(", $T.identity()", RuntimeTypes.FUNCTION)
                : twin.keyArgument(stage, options.key());
        return CodeBlock.of(
                "$L.partitionUnique($L$L, $T.$N).named($S)",
                up,
                options.size(),
                key,
                RuntimeTypes.KEEP,
                options.keepLast() ? "LAST" : "FIRST",
                stage.name());
    }

    @Override
    public String label(Stage stage) {
        return stage.name() + "; partitionUnique: " + options(stage).size();
    }
}
