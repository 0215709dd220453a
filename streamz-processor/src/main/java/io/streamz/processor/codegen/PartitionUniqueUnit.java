package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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

    /** The held elements by key, in the order the group keeps them: a map in a value per key. */
    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        StageOptions.Key key = options(stage).key();
        TypeName element = HelperFields.elementOf(stage.outputType());
        CodeBlock keyCodec = e.facts().codec(key != null ? key.type() : element);
        CodeBlock elementCodec = e.facts().codec(element);
        CodeBlock codec = keyCodec == null || elementCodec == null
                ? CodeBlock.of("null")
                : CodeBlock.of("$T.map($L, $L)", RuntimeTypes.CODECS, keyCodec, elementCodec);
        return List.of(new EngineState(
                stage.name(),
                e.generation().names().field(stage),
                ParameterizedTypeName.get(
                        RuntimeTypes.VALUE_STATE,
                        ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.OBJECT, element.box())),
                "value",
                CodeBlock.of(
                        "$T.value($S, $S, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec)));
    }

    /** {@code DistinctGroup.addKeyed}: the fused group's rule on the key's held map, the group once full. */
    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.PartitionUnique options = options(stage);
        String keyValue = in.name();
        if (options.key() != null) {
            keyValue = scope.newLocal(stage.name() + "Key");
            scope.body().addStatement("$T $N", Object.class, keyValue);
            scope.guarded(
                    stage,
                    CodeBlock.of("$N = $L($N)", keyValue, e.user(options.key().method()), in.name()));
        }
        return scope.localOrReturn(
                stage,
                CodeBlock.of(
                        "$T.addKeyed(this.$N, $L, $L, $N, $N)",
                        RuntimeTypes.DISTINCT_GROUP,
                        e.generation().names().field(stage),
                        options.size(),
                        options.keepLast(),
                        keyValue,
                        in.name()));
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
