package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * {@code @Frequencies}: a {@code FrequencyCounts} in a field named after the stage; each element
 * counted gives the new snapshot of the counts to pass on. Counting calls the element's
 * {@code hashCode} and {@code equals}, which may throw: the failure names the stage as the
 * twin's node does, the runtime's {@code frequencies()}, an accumulate of {@code update_frequencies}.
 */
final class FrequenciesUnit implements StageUnit {
    /** The element type counted: the parameter's, boxed. */
    private static TypeName element(Stage stage) {
        return stage.parameterTypes().get(0).box();
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        return List.of(HelperFields.helper(
                ParameterizedTypeName.get(RuntimeTypes.FREQUENCY_COUNTS, element(stage)),
                g.names().field(stage),
                CodeBlock.of("new $T<>()", RuntimeTypes.FREQUENCY_COUNTS)));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        return scope.guardedLocal(
                stage, CodeBlock.of("this.$N.add($N)", g.names().field(stage), in.name()));
    }

    /** The counts so far per key, the last snapshot, in a value (a store keeps the order they first came in). */
    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        CodeBlock codec = e.facts().codec(stage.outputType());
        return List.of(new EngineState(
                stage.name(),
                e.generation().names().field(stage),
                ParameterizedTypeName.get(RuntimeTypes.VALUE_STATE, stage.outputType()),
                "value",
                CodeBlock.of(
                        "$T.value($S, $S, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec == null ? CodeBlock.of("null") : codec)));
    }

    /** The key's next snapshot, counted as the fused class counts, set before it goes on. */
    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        String handle = e.generation().names().field(stage);
        Value next = scope.guardedLocal(
                stage,
                CodeBlock.of(
                        "$T.plusOne(this.$N.isSet() ? this.$N.get() : $T.of(), $N)",
                        RuntimeTypes.FREQUENCY_COUNTS,
                        handle,
                        handle,
                        RuntimeTypes.MAP,
                        in.name()));
        scope.body().addStatement("this.$N.set($N)", handle, next.name());
        return next;
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        TypeName element = element(stage);
        twin.elementType(stage, ParameterizedTypeName.get(RuntimeTypes.MAP, element, ClassName.get(Long.class)));
        return CodeBlock.of("$L.frequencies().named($S)", twin.upAs(stage, element), stage.name());
    }

    @Override
    public String label(Stage stage) {
        return stage.name() + "; accumulate: update_frequencies";
    }
}
