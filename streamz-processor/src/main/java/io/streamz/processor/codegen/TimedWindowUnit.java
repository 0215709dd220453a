package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/**
 * {@code @TimedWindow}: a collector on the loop, started by the constructor, which hands the
 * window's elements on as a list every interval.
 */
final class TimedWindowUnit extends LoopStageUnit {
    private static long millis(Stage stage) {
        return stage.options(StageOptions.Interval.class).millis();
    }

    @Override
    String accept() {
        return "add";
    }

    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        return helper(
                g,
                stage,
                over(RuntimeTypes.TIMED_WINDOW, HelperFields.elementOf(stage.outputType())),
                duration(millis(stage)),
                true);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.elementType(stage, stage.outputType());
        return CodeBlock.of(
                "$L.timedWindow($L).named($S)",
                twin.upAs(stage, HelperFields.elementOf(stage.outputType())),
                duration(millis(stage)),
                stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; " + stage.kind().operator() + ": " + seconds(millis(stage));
    }
}
