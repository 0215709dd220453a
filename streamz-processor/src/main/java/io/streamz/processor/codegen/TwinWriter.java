package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Interpreted} class: the same interface implemented by wiring
 * {@code io.streamz.Stream} nodes, one per stage, in declaration order, with stage functions as
 * method references on the twin itself and labels carrying the stage names. Every node is held
 * in a field, so no branch is collected while the twin is alive.
 */
final class TwinWriter {
    private final PipelineModel model;
    private final Names names;
    /** The element type of each stage's node, as the runtime types it. */
    private final Map<String, TypeName> elementTypes = new HashMap<>();

    TwinWriter(PipelineModel model, Names names) {
        this.model = model;
        this.names = names;
    }

    TypeSpec twin() {
        TypeSpec.Builder type = TypeSpec.classBuilder(Names.TWIN)
                .addJavadoc(
                        "The interpreted twin of the fused class: the same topology on {@code io.streamz.Stream}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(model.pipeline());
        addNodes(type);
        StageMethods stageMethods = new StageMethods(model, names);
        for (Stage stage : model.stages()) {
            if (stage.kind() == StageKind.SOURCE) {
                type.addMethod(
                        stageMethods.override(stage).addCode(sourceBody(stage)).build());
            } else if (!stage.userBody()) {
                type.addMethod(stageMethods.abstractStage(stage, true));
            } else if (stage.kind().isJoin()) {
                type.addMethod(SegmentWriter.tupleReader(stage, names));
            }
        }
        return type.build();
    }

    /**
     * One field per stage holding its node (and one per abstract sink holding its consumer, and
     * the loop when a stage needs one), wired in the constructor.
     */
    private void addNodes(TypeSpec.Builder type) {
        ClassName generated = Names.generatedClass(model.pipeline());
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addParameter(generated.nestedClass(Names.BUILDER), "builder");
        TwinNodes nodes = new TwinNodes(model, names, elementTypes);
        if (model.usesLoop()) {
            type.addField(RuntimeTypes.EVENT_LOOP, names.loopField(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addCode(new LoopStages(model, names).loopInitializer());
        }
        for (Stage stage : model.stages()) {
            if (stage.kind() == StageKind.SINK && !stage.userBody()) {
                TypeName consumer = RuntimeTypes.sinkFunctionOf(stage);
                type.addField(consumer, names.twinConsumer(stage), Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement(
                        "this.$N = $N(builder.$N, $S)",
                        names.twinConsumer(stage),
                        names.requireSink(),
                        stage.name(),
                        stage.name());
            }
            CodeBlock node = nodes.node(stage);
            ClassName raw = stage.kind() == StageKind.SINK ? RuntimeTypes.SINK_NODE : RuntimeTypes.STREAM;
            type.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(raw, elementTypes.get(stage.name())),
                            names.field(stage),
                            Modifier.PRIVATE,
                            Modifier.FINAL)
                    .build());
            constructor.addStatement("this.$N = $L", names.field(stage), node);
        }
        if (nodes.unchecked()) {
            constructor.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        type.addMethod(constructor.build());
    }

    /**
     * Emits into the source node; returns its stage, or, for a {@code void} source on a loop,
     * hands a failure of the pending work to the loop, as the fused class does.
     */
    private CodeBlock sourceBody(Stage source) {
        String parameter = source.parameterNames().get(0);
        if (!source.returnType().equals(TypeName.VOID)) {
            return CodeBlock.builder()
                    .addStatement("return this.$N.emit($N)", names.field(source), parameter)
                    .build();
        }
        if (model.usesLoop()) {
            return CodeBlock.builder()
                    .addStatement(
                            "$T.reportFailure($T.of(this.$N.emit($N)), this.$N)",
                            RuntimeTypes.COMPLETIONS,
                            RuntimeTypes.COMPLETIONS,
                            names.field(source),
                            parameter,
                            names.loopField())
                    .build();
        }
        return CodeBlock.builder()
                .addStatement("this.$N.emit($N)", names.field(source), parameter)
                .build();
    }
}
