package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/** {@code @Delay} and {@code @RateLimit}: a helper on the loop that hands each element on after its interval. */
final class TimeStageUnit extends LoopStageUnit {
    private final ClassName helper;

    /** The unit of time stages whose runtime helper is {@code helper}. */
    TimeStageUnit(ClassName helper) {
        this.helper = helper;
    }

    private static long millis(Stage stage) {
        return stage.options(StageOptions.Interval.class).millis();
    }

    @Override
    public LoopHelper loopHelper(Generation g, Stage stage) {
        return helper(g, stage, over(helper, stage.outputType()), duration(millis(stage)), false);
    }

    private boolean rateLimit() {
        return helper.equals(RuntimeTypes.RATE_LIMITER);
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        return TimeEngine.states(e, stage, rateLimit());
    }

    @Override
    public EngineState engineHelper(EngineBody e, Stage stage) {
        return new EngineState(
                stage.name(),
                e.generation().names().member("engine:helper", stage),
                TimeEngine.helperType(stage, rateLimit()),
                null,
                TimeEngine.helper(e, stage, rateLimit()));
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return TimeEngine.fuse(e, stage, in, scope, rateLimit());
    }

    @Override
    public CodeBlock engineOnTimer(EngineBody e, Stage stage) {
        return TimeEngine.onTimer(e, stage);
    }

    @Override
    public String depthMethod() {
        return "waiting";
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.same(stage);
        return CodeBlock.of(
                "$L.$N($L).named($S)", twin.up(stage), stage.kind().operator(), duration(millis(stage)), stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; " + stage.kind().operator() + ": " + seconds(millis(stage));
    }
}
