package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Interpreted} class: the same interface implemented by wiring
 * {@code io.streamz.Stream} nodes, one per stage, in declaration order, with stage functions as
 * method references on the twin itself and labels carrying the stage names. Every node is held
 * in a field, so no branch is collected while the twin is alive.
 */
final class TwinWriter {
    private final Generation g;
    private final PipelineModel model;

    TwinWriter(Generation g) {
        this.g = g;
        this.model = g.model();
    }

    TypeSpec twin() {
        TypeSpec.Builder type = TypeSpec.classBuilder(Names.TWIN)
                .addJavadoc(
                        "The interpreted twin of the fused class: the same topology on {@code io.streamz.Stream}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(model.pipeline())
                .addSuperinterface(AutoCloseable.class);
        TwinScope twin = new TwinScope(g);
        addNodes(twin, type);
        for (Stage stage : model.stages()) {
            Generation.unit(stage).addTwinMethods(twin, stage, type);
        }
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the graph of every source node, as the fused class closes.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        for (Stage source : model.sources()) {
            close.addStatement("this.$N.close()", g.names().field(source));
        }
        type.addMethod(close.build());
        return type.build();
    }

    /**
     * One field per stage holding its node (and one per abstract sink holding its consumer, and
     * the loop when a stage needs one), wired in the constructor.
     */
    private void addNodes(TwinScope twin, TypeSpec.Builder type) {
        ClassName generated = Names.generatedClass(model.pipeline());
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addParameter(generated.nestedClass(Names.BUILDER), "builder");
        if (model.usesLoop()) {
            type.addField(RuntimeTypes.EVENT_LOOP, g.names().loopField(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addCode(g.loopStages().loopInitializer());
        }
        for (Stage stage : model.stages()) {
            StageUnit unit = Generation.unit(stage);
            unit.addTwinMembers(twin, stage, type, constructor);
            String field = g.names().field(stage);
            constructor.addStatement("this.$N = $L", field, twin.node(stage));
            type.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(unit.twinNodeClass(), twin.elementType(stage)),
                            field,
                            Modifier.PRIVATE,
                            Modifier.FINAL)
                    .build());
        }
        if (twin.unchecked()) {
            constructor.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        type.addMethod(constructor.build());
    }
}
