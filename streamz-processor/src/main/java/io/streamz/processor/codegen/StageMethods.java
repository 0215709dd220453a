package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.streamz.processor.model.Stage;
import javax.lang.model.element.Modifier;

/** Implementations of the interface's stage methods, shared by the fused class and the twin. */
final class StageMethods {
    private StageMethods() {}

    /** {@code @Override public R name(params)}, without a body. */
    static MethodSpec.Builder override(Generation g, Stage stage) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(stage.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(stage.returnType());
        for (int i = 0; i < stage.parameterTypes().size(); i++) {
            method.addParameter(stage.parameterTypes().get(i), g.names().parameter(stage, i));
        }
        return method.varargs(stage.varargs());
    }

    /** An abstract stage method, implemented as its unit says ({@code inTwin}: in the twin). */
    static MethodSpec abstractStage(Generation g, Stage stage, boolean inTwin) {
        return override(g, stage)
                .addCode(Generation.unit(stage).abstractBody(g, stage, inTwin))
                .build();
    }

    /** The body of an abstract stage method that only the pipeline drives: calling it is a mistake. */
    static CodeBlock drivenByPipeline(Generation g, Stage stage) {
        return CodeBlock.builder()
                .addStatement(
                        "throw new $T($S)",
                        UnsupportedOperationException.class,
                        "@" + stage.kind().annotation() + " stage '" + stage.name() + "' of "
                                + g.model().pipeline().simpleName()
                                + " is driven by the pipeline; emit into a @Source instead")
                .build();
    }
}
