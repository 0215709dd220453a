package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/**
 * {@code @MapAsync(n)}: the user's method, returning a stage, called by a helper on the loop with
 * up to n calls in flight; the values go on in input order. A routed one ({@code @OnFailure})
 * hands each failed call to its error sink from the loop, and the next element goes on.
 */
final class MapAsyncUnit extends LoopStageUnit {
    private static int parallelism(Stage stage) {
        return stage.options(StageOptions.MapAsync.class).parallelism();
    }

    /** What the helper takes: the upstream's elements, boxed (the call may widen them). */
    private static TypeName input(Generation g, Stage mapAsync) {
        return g.model().upstream(mapAsync).outputType().box();
    }

    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        TypeName output = stage.outputType().box();
        // the user's method, every failure of it named as the twin's mapAsync node names it
        CodeBlock.Builder creation = CodeBlock.builder()
                .add(
                        "new $T<>(this.$N, $T.<$T, $T>named($S, this::$N), $L, $L",
                        RuntimeTypes.ORDERED_ASYNC_MAP,
                        g.names().loopField(),
                        RuntimeTypes.ASYNC_CALLS,
                        input(g, stage),
                        output,
                        label(stage),
                        stage.name(),
                        parallelism(stage),
                        g.meters()
                                .handingTo(
                                        stage,
                                        CodeBlock.of("this::$N", g.loopStages().downstreamMethod(stage))));
        FailureSink route = g.model().failureRoute(stage);
        if (route != null) {
            // a failed call goes to the error sink, as the twin's node routes it; its slot is free
            creation.add(
                    ", $T.routed($S, this::$N)",
                    RuntimeTypes.ASYNC_CALLS,
                    label(stage),
                    FailureRoutes.routeMethod(g, route));
        }
        return new LoopHelper(
                ParameterizedTypeName.get(RuntimeTypes.ORDERED_ASYNC_MAP, input(g, stage), output),
                creation.add(")").build(),
                false);
    }

    @Override
    public String depthMethod() {
        return "inFlight";
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        return CodeBlock.of(
                "$L.mapAsync($T.<$T, $T>function($S, this::$N), $L)",
                twin.up(stage),
                RuntimeTypes.NAMED,
                twin.upType(stage),
                stage.returnType(),
                stage.name(),
                stage.name(),
                parallelism(stage));
    }

    @Override
    public String label(Stage stage) {
        return stage.kind().operator() + ": " + stage.name();
    }
}
