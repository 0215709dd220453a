package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import javax.lang.model.element.Modifier;

/** Writes the nested {@code Builder}: one setter per abstract sink, {@code build()} and {@code buildInterpreted()}. */
final class BuilderWriter {
    private final PipelineModel model;
    private final Names names;
    private final ClassName generated;

    BuilderWriter(PipelineModel model, Names names, ClassName generated) {
        this.model = model;
        this.names = names;
        this.generated = generated;
    }

    TypeSpec builder() {
        ClassName builder = generated.nestedClass(Names.BUILDER);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        model.usesLoop()
                                ? "Collects the consumers of the abstract sinks of {@link $T}, every one of which must be set,\nand the event loop.\n"
                                : "Collects the consumers of the abstract sinks of {@link $T}; every one must be set.\n",
                        model.pipeline())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Stage sink : model.ofKind(StageKind.SINK)) {
            if (!sink.userBody()) {
                TypeName consumer = RuntimeTypes.sinkFunctionOf(sink);
                type.addField(FieldSpec.builder(consumer, sink.name(), Modifier.PRIVATE)
                        .build());
                type.addMethod(MethodSpec.methodBuilder(sink.name())
                        .addJavadoc(
                                sink.isAsyncSink()
                                        ? "Sets the function called for every element reaching asynchronous sink {@code $N}; the\n"
                                                + "element's emit waits for the stage it returns.\n"
                                        : "Sets the consumer called for every element reaching sink {@code $N}.\n",
                                sink.name())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(consumer, sink.name())
                        .addStatement(
                                "this.$N = $T.requireNonNull($N, $S)",
                                sink.name(),
                                RuntimeTypes.OBJECTS,
                                sink.name(),
                                sink.name())
                        .addStatement("return this")
                        .build());
            }
        }
        new LoopStages(model, names).addToBuilder(type, builder);
        return type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(build("build", generated, "The fused pipeline."))
                .addMethod(build(
                        "buildInterpreted",
                        generated.nestedClass(Names.TWIN),
                        "The same topology wired from {@code io.streamz.Stream} nodes, for comparison and debugging."))
                .build();
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
