package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @Unique}: a history of keys in a field named after the stage; an element whose key was
 * seen returns early. Unboxed {@code int} or {@code long} keys go to a primitive history.
 */
final class UniqueUnit implements StageUnit {
    private static StageOptions.Unique options(Stage stage) {
        return stage.options(StageOptions.Unique.class);
    }

    /**
     * Whether a unique stage's keys are unboxed {@code int}s or {@code long}s, kept in the
     * primitive history: its key method returns one, or without a key method the element comes
     * unboxed from a source, map or accumulate declaring one (through filters and uniques, which
     * pass it on as it is). A boxed element could be {@code null}, which only the boxed history keeps.
     */
    static boolean primitiveKey(PipelineModel model, Stage unique) {
        StageOptions.Key key = options(unique).key();
        TypeName type;
        if (key != null) {
            type = key.type();
        } else {
            Stage producer = model.upstream(unique);
            while (Generation.unit(producer).forwardsInPlace(producer)) {
                producer = model.upstream(producer);
            }
            type = Generation.unit(producer).emitsUnboxed(producer) ? producer.outputType() : null;
        }
        return TypeName.INT.equals(type) || TypeName.LONG.equals(type);
    }

    @Override
    public boolean forwardsInPlace(Stage stage) {
        return true;
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        ClassName history = primitiveKey(g.model(), stage) ? RuntimeTypes.PRIMITIVE_UNIQUE : RuntimeTypes.UNIQUE;
        return List.of(HelperFields.helper(
                history,
                g.names().field(stage),
                CodeBlock.of("new $T($L)", history, options(stage).history())));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        String keyValue = in.name();
        if (key != null) {
            // an int or long key stays unboxed, for the primitive history
            boolean primitive = TypeName.INT.equals(key.type()) || TypeName.LONG.equals(key.type());
            keyValue = scope.keyLocal(stage, key, primitive ? key.type() : ClassName.OBJECT, in);
        }
        scope.returnUnless(CodeBlock.of("this.$N.firstSeen($N)", g.names().field(stage), keyValue));
        return in;
    }

    /** The key type the engine's set holds: the key method's, else the element's, boxed. */
    private static TypeName engineKey(Stage stage) {
        StageOptions.Key key = options(stage).key();
        return (key != null ? key.type() : stage.outputType()).box();
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        StageOptions.Key key = options(stage).key();
        CodeBlock codec = e.facts().codec(key != null ? key.type() : stage.outputType());
        return List.of(new EngineState(
                stage.name(),
                e.generation().names().field(stage),
                ParameterizedTypeName.get(RuntimeTypes.SET_STATE, engineKey(stage)),
                "set",
                CodeBlock.of(
                        "$T.set($S, $S, $L, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec == null ? CodeBlock.of("null") : codec,
                        options(stage).history())));
    }

    /** The history is a set per key, LRU-bounded by {@code history}: {@code add} refreshes a key seen again. */
    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = options(stage).key();
        String keyValue = in.name();
        if (key != null) {
            keyValue = scope.newLocal(stage.name() + "Key");
            scope.body().addStatement("$T $N", key.type(), keyValue);
            scope.guarded(stage, CodeBlock.of("$N = $L($N)", keyValue, e.user(key.method()), in.name()));
        }
        scope.returnUnless(
                CodeBlock.of("this.$N.add($N)", e.generation().names().field(stage), keyValue));
        return in;
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        return CodeBlock.of(
                "$L.unique($L$L).named($S)",
                twin.up(stage),
                options(stage).history(),
                twin.keyArgument(stage, options(stage).key()),
                stage.name());
    }
}
