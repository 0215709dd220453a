package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

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
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        return TimeEngine.states(e, stage, false);
    }

    @Override
    public EngineState engineHelper(EngineBody e, Stage stage) {
        return new EngineState(
                stage.name(),
                e.generation().names().member("engine:helper", stage),
                TimeEngine.helperType(stage, false),
                null,
                TimeEngine.helper(e, stage, false));
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return TimeEngine.fuse(e, stage, in, scope, false);
    }

    @Override
    public CodeBlock engineOnTimer(EngineBody e, Stage stage) {
        return TimeEngine.onTimer(e, stage);
    }

    /** In a keyed pipeline's twin, the windows are aligned and non-empty, as the engine body's. */
    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.elementType(stage, stage.outputType());
        return CodeBlock.of(
                "$L.$N($L).named($S)",
                twin.upAs(stage, HelperFields.elementOf(stage.outputType())),
                twin.keyed() ? "alignedTimedWindow" : "timedWindow",
                duration(millis(stage)),
                stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; " + stage.kind().operator() + ": " + seconds(millis(stage));
    }
}
