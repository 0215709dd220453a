package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Builder}: one setter per abstract sink, {@code build()} and (unless the
 * twin is left out) {@code buildInterpreted()}.
 */
final class BuilderWriter {
    private final Generation g;
    private final PipelineModel model;
    private final ClassName generated;

    BuilderWriter(Generation g) {
        this.g = g;
        this.model = g.model();
        this.generated = Names.generatedClass(model.pipeline());
    }

    TypeSpec builder() {
        ClassName builder = Names.builderClass(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        model.usesLoop()
                                ? "Collects the consumers of the abstract sinks of {@link $T}, every one of which must be set,\nand the event loop.\n"
                                : "Collects the consumers of the abstract sinks of {@link $T}; every one must be set.\n",
                        model.pipeline())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Stage stage : model.stages()) {
            Generation.unit(stage).addToBuilder(g, stage, type, builder);
        }
        FailureRoutes.addToBuilder(g, type, builder);
        g.loopStages().addToBuilder(type, builder);
        g.meters().addToBuilder(type, builder);
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(build("build", generated, "The fused pipeline."));
        if (g.output().twin()) {
            type.addMethod(build(
                    "buildInterpreted",
                    Names.twinClass(model),
                    "The same topology wired from {@code io.streamz.Stream} nodes, for comparison and debugging."));
        }
        return type.build();
    }

    private MethodSpec build(String name, ClassName implementation, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@throws IllegalStateException if a sink's consumer is not set\n", doc)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.pipeline())
                .addStatement("return new $T(this)", implementation)
                .build();
    }
}
