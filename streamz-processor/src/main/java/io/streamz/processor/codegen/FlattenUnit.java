package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * {@code @Flatten}: ends its segment with a loop handing each element of the iterable to the
 * downstreams, as the runtime's node runs it: {@code null} fails with the node's exception, and
 * a failure of the iteration itself names the flatten (one downstream already named its own
 * stage).
 */
final class FlattenUnit implements StageUnit {
    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        return in;
    }

    /** Counted for each member, in {@link #passOn}. */
    @Override
    public void countOut(Generation g, Stage stage, MethodScope scope) {}

    @Override
    public void passOn(Generation g, Stage stage, Value iterable, MethodScope scope) {
        List<Edge> exits = g.exits().of(stage);
        CodeBlock.Builder body = scope.body();
        String pending = null;
        if (scope.returnsPending()) {
            pending = scope.newLocal("pending");
        }
        String element = scope.newLocal(stage.name());
        if (pending != null) {
            body.addStatement("$T $N = null", RuntimeTypes.PENDING, pending);
        }
        body.beginControlFlow("if ($N == null)", iterable.name())
                .addStatement("throw $T.cannotFlattenNull($S)", RuntimeTypes.FAILURES, label(stage))
                .endControlFlow();
        scope.guard().begin(body);
        body.beginControlFlow("for ($T $N : $N)", stage.outputType(), element, iterable.name());
        g.meters().countOut(stage, scope);
        for (Edge exit : exits) {
            CodeBlock call = g.exits().call(exit, element);
            if (pending != null && g.exits().returnsFuture(exit)) {
                body.addStatement("$N = $T.and($N, $L)", pending, RuntimeTypes.COMPLETIONS, pending, call);
            } else {
                body.addStatement("$L", call);
            }
        }
        body.endControlFlow();
        scope.guard().end(body, stage);
        if (pending != null) {
            body.addStatement("return $N", pending);
        }
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return in;
    }

    @Override
    public void enginePassOn(EngineBody e, Stage stage, Value iterable, MethodScope scope) {
        CodeBlock.Builder body = scope.body();
        String element = scope.newLocal(stage.name());
        body.beginControlFlow("if ($N == null)", iterable.name())
                .addStatement("throw $T.cannotFlattenNull($S)", RuntimeTypes.FAILURES, label(stage))
                .endControlFlow();
        scope.guard().begin(body);
        body.beginControlFlow("for ($T $N : $N)", stage.outputType(), element, iterable.name());
        e.handOver(stage, new Value(element, stage.outputType()), scope);
        body.endControlFlow();
        scope.guard().end(body, stage);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        return CodeBlock.of(
                "$L.<$T>flatten().named($S)", twin.up(stage), stage.outputType().box(), stage.name());
    }
}
