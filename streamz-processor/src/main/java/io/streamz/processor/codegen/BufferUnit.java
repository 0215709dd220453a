package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/** {@code @Buffer(n)}: a bounded buffer on the loop, whose back-pressure future completes at once while it has room. */
final class BufferUnit extends LoopStageUnit {
    private static int size(Stage stage) {
        return stage.options(StageOptions.Buffer.class).size();
    }

    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        return helper(
                g,
                stage,
                over(RuntimeTypes.BOUNDED_BUFFER, stage.outputType()),
                CodeBlock.of("$L", size(stage)),
                false);
    }

    @Override
    public String depthMethod() {
        return "held";
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        return CodeBlock.of("$L.buffer($L).named($S)", twin.up(stage), size(stage), stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; buffer: " + size(stage);
    }
}
