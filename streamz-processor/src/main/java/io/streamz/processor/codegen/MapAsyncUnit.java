package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @MapAsync(n)}: the user's method, returning a stage, called by a helper on the loop with
 * up to n calls in flight; the values go on in input order. A routed one ({@code @OnFailure})
 * hands each failed call to its error sink from the loop, and the next element goes on. With
 * {@code stopOnException} a failed call stops the helper ({@code OrderedAsyncMap.stopOnException},
 * the twin's {@code mapAsync(f, n, true)}) until the pipeline's {@code start()}, which the first
 * such stage writes for all of them.
 */
final class MapAsyncUnit extends LoopStageUnit {
    private static int parallelism(Stage stage) {
        return stage.options(StageOptions.MapAsync.class).parallelism();
    }

    private static boolean stops(Stage stage) {
        return stage.options(StageOptions.MapAsync.class).stopOnException();
    }

    /** The stages a failed call stops ({@code stopOnException}), in declaration order. */
    private static List<Stage> stopping(PipelineModel model) {
        return model.ofKind(StageKind.MAP_ASYNC).stream()
                .filter(MapAsyncUnit::stops)
                .toList();
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
        creation.add(")");
        if (stops(stage)) {
            creation.add(".stopOnException()"); // a failed call stops it until start()
        }
        return new LoopHelper(
                ParameterizedTypeName.get(RuntimeTypes.ORDERED_ASYNC_MAP, input(g, stage), output),
                creation.build(),
                false);
    }

    /** The first stage a failed call stops writes the pipeline's {@code start()}, resuming every such stage. */
    @Override
    public void addMethods(Generation g, Stage stage, TypeSpec.Builder type) {
        List<Stage> stopping = stopping(g.model());
        if (!stopping.isEmpty() && stopping.get(0).equals(stage)) {
            CodeBlock.Builder body = CodeBlock.builder();
            for (Stage stopped : stopping) {
                body.addStatement("this.$N.resume()", g.names().field(stopped));
            }
            type.addMethod(start(body.build()));
        }
    }

    @Override
    public void addTwinMethods(TwinScope twin, Stage stage, TypeSpec.Builder type) {
        List<Stage> stopping = stopping(twin.generation().model());
        if (!stopping.isEmpty() && stopping.get(0).equals(stage)) {
            CodeBlock.Builder body = CodeBlock.builder();
            for (Stage stopped : stopping) {
                body.addStatement("$L.start()", twin.field(stopped));
            }
            type.addMethod(start(body.build()));
        }
    }

    private static MethodSpec start(CodeBlock body) {
        return MethodSpec.methodBuilder("start")
                .addJavadoc("Resumes the stages a failed call stopped ({@code stopOnException}): the elements that\n"
                        + "waited meanwhile go on, in order. From any thread; nothing happens when none is stopped.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addCode(body)
                .build();
    }

    @Override
    public String depthMethod() {
        return "inFlight";
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        return CodeBlock.of(
                "$L.mapAsync($T.<$T, $T>function($S, this::$N), $L$L)",
                twin.up(stage),
                RuntimeTypes.NAMED,
                twin.upType(stage),
                stage.returnType(),
                stage.name(),
                stage.name(),
                parallelism(stage),
                stops(stage) ? ", true" : "");
    }

    @Override
    public String label(Stage stage) {
        return stage.kind().operator() + ": " + stage.name();
    }
}
