package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/**
 * {@code @KeyBy}: in the {@code Engine} body an exchange (the key computed, then
 * {@code context.exchange(port, key, element)}: a repartition on a distributed engine, a direct
 * call with the key set locally); in the interpreted twin a sink routing each element to the
 * subgraph of its key. A pipeline with a {@code @KeyBy} has no fused class of its own: its
 * {@code build()} runs the engine body on a {@code LocalEngine}.
 */
final class KeyByUnit implements StageUnit {
    private static StageOptions.Key key(Stage stage) {
        return stage.options(StageOptions.KeyBy.class).key();
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        throw new IllegalStateException(stage.label() + ": a keyed pipeline has no fused class");
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        StageOptions.Key key = key(stage);
        String local = scope.newLocal(stage.name() + "Key");
        scope.body().addStatement("$T $N", key.type(), local);
        scope.guarded(stage, CodeBlock.of("$N = $L($N)", local, e.user(key.method()), in.name()));
        scope.body().addStatement("$L.exchange($L, $N, $N)", e.context(), e.exchangePort(stage), local, in.name());
        return null;
    }

    @Override
    public String label(Stage stage) {
        return stage.kind().operator() + ": " + stage.name();
    }

    /**
     * A sink handing each element to the entry node of its key's subgraph of the next scope; a
     * failing key method names the keyBy, as in the engine body.
     */
    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        Generation g = twin.generation();
        CodeBlock route = CodeBlock.builder()
                .add("element -> {\n")
                .indent()
                .addStatement("$T key", Object.class)
                .beginControlFlow("try")
                .addStatement("key = this.$N(element)", key(stage).method())
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("throw $T.rethrow($S, e)", RuntimeTypes.FAILURES, label(stage))
                .endControlFlow()
                .addStatement(
                        "this.$N($L, key).$N.emit(element)",
                        g.names().twinKeyedMethod(),
                        g.model().engine().keyByTargets().get(stage.name()),
                        g.names().field(stage))
                .unindent()
                .add("}")
                .build();
        return CodeBlock.of(
                "$L.sink($T.<$T>consumer($S, $L))",
                twin.up(stage),
                RuntimeTypes.NAMED,
                twin.upType(stage),
                stage.name(),
                route);
    }
}
