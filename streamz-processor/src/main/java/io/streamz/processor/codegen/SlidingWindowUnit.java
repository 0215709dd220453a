package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * {@code @SlidingWindow}: a window buffer in a field named after the stage; each element added
 * returns the full window to pass on, or {@code null}. Over unboxed {@code int}, {@code long} or
 * {@code double} elements the window is a primitive ring.
 */
final class SlidingWindowUnit implements StageUnit {
    private static StageOptions.SlidingWindow options(Stage stage) {
        return stage.options(StageOptions.SlidingWindow.class);
    }

    /**
     * The primitive ring for a sliding window over {@code int}, {@code long} or {@code double}, or
     * {@code null} for the generic buffer. Only when the upstream surely hands over an unboxed value
     * of that type (a source, map or accumulate declaring it): a boxed one could be {@code null},
     * which the generic buffer keeps as the runtime does.
     */
    static ClassName primitiveWindow(PipelineModel model, Stage window) {
        TypeName element = window.inputType();
        Stage upstream = model.upstream(window);
        if (!Generation.unit(upstream).emitsUnboxed(upstream) || !element.equals(upstream.outputType())) {
            return null;
        }
        if (element.equals(TypeName.INT)) {
            return RuntimeTypes.INT_SLIDING_WINDOW;
        }
        if (element.equals(TypeName.LONG)) {
            return RuntimeTypes.LONG_SLIDING_WINDOW;
        }
        return element.equals(TypeName.DOUBLE) ? RuntimeTypes.DOUBLE_SLIDING_WINDOW : null;
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage stage) {
        StageOptions.SlidingWindow options = options(stage);
        ClassName primitive = primitiveWindow(g.model(), stage);
        String name = g.names().field(stage);
        if (primitive != null) {
            return List.of(HelperFields.helper(
                    primitive,
                    name,
                    CodeBlock.of("new $T($L, $L)", primitive, options.size(), options.returnPartial())));
        }
        return List.of(HelperFields.helper(
                HelperFields.windowType(RuntimeTypes.SLIDING_WINDOW, stage),
                name,
                CodeBlock.of(
                        "new $T<>($L, $L)", RuntimeTypes.SLIDING_WINDOW, options.size(), options.returnPartial())));
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        // A primitive window takes its size again, as a literal: C2 then knows every full
        // window's size and unrolls loops over it.
        CodeBlock add = primitiveWindow(g.model(), stage) == null
                ? CodeBlock.of("this.$N.add($N)", g.names().field(stage), in.name())
                : CodeBlock.of(
                        "this.$N.add($N, $L)",
                        g.names().field(stage),
                        in.name(),
                        options(stage).size());
        return scope.localOrReturn(stage, add);
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage stage) {
        return WindowEngine.states(e, stage, false);
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return WindowEngine.slidingWindow(e, stage, in, scope);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage stage) {
        twin.elementType(stage, stage.outputType());
        return CodeBlock.of(
                "$L.slidingWindow($L, $L).named($S)",
                twin.upAs(stage, HelperFields.elementOf(stage.outputType())),
                options(stage).size(),
                options(stage).returnPartial(),
                stage.name());
    }

    @Override
    public String dotLabel(Stage stage) {
        return stage.name() + "; slidingWindow: " + options(stage).size();
    }
}
