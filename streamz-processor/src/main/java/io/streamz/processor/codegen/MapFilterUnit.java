package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;

/**
 * {@code @Map} and {@code @Filter}: a call of the user's method on a local, the result a new
 * local or the condition of an early return. In the twin, a {@code map} or {@code filter} node
 * with the method as a {@code Named} function.
 */
final class MapFilterUnit implements StageUnit {
    private final boolean filter;

    /** {@code filter}: the unit of {@code @Filter}, else of {@code @Map}. */
    MapFilterUnit(boolean filter) {
        this.filter = filter;
    }

    @Override
    public boolean emitsUnboxed(Stage stage) {
        return !filter;
    }

    @Override
    public boolean forwardsInPlace(Stage stage) {
        return filter;
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        CodeBlock call = CodeBlock.of("$L($N)", Names.call(stage.name()), in.name());
        if (!filter) {
            return scope.guardedLocal(stage, call, in);
        }
        scope.guard().begin(scope.body());
        scope.returnUnless(call);
        scope.guard().end(scope.body(), stage, in.name());
        return in;
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        CodeBlock call = CodeBlock.of("$L($N)", e.user(stage.name()), in.name());
        if (!filter) {
            return scope.guardedLocal(stage, call, in);
        }
        scope.guard().begin(scope.body());
        scope.returnUnless(call);
        scope.guard().end(scope.body(), stage, in.name());
        return in;
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        if (filter) {
            twin.same(stage);
            return CodeBlock.of(
                    "$L.filter($T.<$T>predicate($S, this::$N))",
                    twin.up(stage),
                    RuntimeTypes.NAMED,
                    twin.upType(stage),
                    stage.name(),
                    stage.name());
        }
        return CodeBlock.of(
                "$L.map($T.<$T, $T>function($S, this::$N))",
                twin.up(stage),
                RuntimeTypes.NAMED,
                twin.upType(stage),
                stage.outputType().box(),
                stage.name(),
                stage.name());
    }

    @Override
    public String label(Stage stage) {
        return stage.kind().operator() + ": " + stage.name();
    }
}
