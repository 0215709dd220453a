package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import io.streamz.processor.model.Stage;

/**
 * {@code @Latest}: the runtime's latest value on the loop; newer offers replace one not yet
 * handed on, and an offer never waits.
 */
final class LatestUnit extends LoopStageUnit {
    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        ParameterizedTypeName type = over(RuntimeTypes.LATEST_VALUE, stage.outputType());
        return new LoopHelper(
                type,
                CodeBlock.of(
                        "new $T<>(this.$N, $L)",
                        type.rawType(),
                        g.names().loopField(),
                        g.meters()
                                .handingTo(
                                        stage,
                                        CodeBlock.of("this::$N", g.loopStages().downstreamMethod(stage)))),
                false);
    }

    @Override
    public String depthMethod() {
        return "held";
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        return CodeBlock.of("$L.latest().named($S)", twin.up(stage), stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; latest";
    }
}
