package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import javax.lang.model.element.Modifier;

/** Implementations of the interface's abstract stage methods, shared by the fused class and the twin. */
final class StageMethods {
    private final PipelineModel model;
    private final Names names;

    StageMethods(PipelineModel model, Names names) {
        this.model = model;
        this.names = names;
    }

    /** {@code @Override public R name(params)}, without a body. */
    MethodSpec.Builder override(Stage stage) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(stage.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(stage.returnType());
        for (int i = 0; i < stage.parameterTypes().size(); i++) {
            method.addParameter(
                    stage.parameterTypes().get(i), stage.parameterNames().get(i));
        }
        return method.varargs(stage.varargs());
    }

    /**
     * An abstract sink calls its consumer (in the twin, the field next to the sink's node); an
     * asynchronous one returns its function's stage. Any other abstract stage is driven by the
     * pipeline only.
     */
    MethodSpec abstractStage(Stage stage, boolean inTwin) {
        MethodSpec.Builder method = override(stage);
        if (stage.kind() == StageKind.SINK) {
            String consumer = inTwin ? names.twinConsumer(stage) : names.field(stage);
            String element = stage.parameterNames().get(0);
            if (!stage.isAsyncSink()) {
                return method.addStatement("this.$N.accept($N)", consumer, element)
                        .build();
            }
            // the function returns CompletionStage<?>; a method declared CompletionStage<Void> drops the value
            CodeBlock call = CodeBlock.of("this.$N.apply($N)", consumer, element);
            return method.addStatement(
                            "return $L",
                            stage.returnType().equals(RuntimeTypes.ANY_STAGE)
                                    ? call
                                    : CodeBlock.of("$T.discardValue($L)", RuntimeTypes.ASYNC_SINKS, call))
                    .build();
        }
        return method.addStatement(
                        "throw new $T($S)",
                        UnsupportedOperationException.class,
                        "@" + stage.kind().annotation() + " stage '" + stage.name() + "' of "
                                + model.pipeline().simpleName()
                                + " is driven by the pipeline; emit into a @Source instead")
                .build();
    }
}
