package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Interpreted} class: the same interface implemented by wiring
 * {@code io.streamz.Stream} nodes, one per stage, in declaration order, with stage functions as
 * method references on the twin itself and labels carrying the stage names. Every node is held
 * in a field, so no branch is collected while the twin is alive.
 */
final class TwinWriter {
    /** The most stages one method of the twin wires: a method stays far below javac's 64 KB limit. */
    static final int WIRING_CHUNK = 250;

    private final Generation g;
    private final PipelineModel model;

    TwinWriter(Generation g) {
        this.g = g;
        this.model = g.model();
    }

    TypeSpec twin() {
        TypeSpec.Builder type = TypeSpec.classBuilder(Names.twinClass(model))
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
        FailureRoutes.addTwinMethods(g, type);
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the graph of every source node, as the fused class closes.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        for (Stage source : model.sources()) {
            close.addStatement("this.$N.close()", g.names().field(source));
        }
        FailureRoutes.closeTwin(g, close);
        type.addMethod(close.build());
        return type.build();
    }

    /**
     * One field per stage holding its node (and one per abstract sink holding its consumer, and
     * the loop when a stage needs one), wired in the constructor; in a pipeline of more than
     * {@link #WIRING_CHUNK} stages, in methods the constructor calls one after the other, each
     * wiring that many stages (the fields then cannot be final).
     */
    private void addNodes(TwinScope twin, TypeSpec.Builder type) {
        ClassName builder = Names.builderClass(model);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(builder, "builder");
        if (model.usesLoop()) {
            type.addField(RuntimeTypes.EVENT_LOOP, g.names().loopField(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addCode(g.loopStages().loopInitializer());
        }
        FailureRoutes.addTwinMembers(twin, type, constructor);
        List<Stage> stages = model.stages();
        if (!twin.wiredInChunks()) {
            wire(twin, type, stages, constructor);
            type.addMethod(constructor.addCode(measured()).build());
            return;
        }
        for (int chunk = 0; chunk * WIRING_CHUNK < stages.size(); chunk++) {
            String name = g.names().wiringMethod(chunk);
            constructor.addStatement("$N(builder)", name);
            MethodSpec.Builder wiring = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(builder, "builder");
            wire(
                    twin,
                    type,
                    stages.subList(chunk * WIRING_CHUNK, Math.min(stages.size(), (chunk + 1) * WIRING_CHUNK)),
                    wiring);
            type.addMethod(wiring.build());
        }
        type.addMethod(constructor.addCode(measured()).build());
    }

    /** In a measured pipeline, the twin measures its graph from each source node. */
    private CodeBlock measured() {
        List<String> sources = new ArrayList<>();
        for (Stage source : model.sources()) {
            sources.add(g.names().field(source));
        }
        return g.meters().twinWiring(sources);
    }

    /** Creates the nodes of {@code stages} in {@code method}, one field each. */
    private void wire(TwinScope twin, TypeSpec.Builder type, List<Stage> stages, MethodSpec.Builder method) {
        for (Stage stage : stages) {
            StageUnit unit = Generation.unit(stage);
            unit.addTwinMembers(twin, stage, type, method);
            if (!unit.twinHoldsNode() && g.model().failureRoute(stage) == null) {
                method.addStatement("$L", twin.node(stage));
                continue;
            }
            String field = g.names().field(stage);
            method.addStatement("this.$N = $L", field, twin.node(stage));
            FailureRoutes.routeInTwin(g, stage, method);
            type.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(RuntimeTypes.STREAM, twin.elementType(stage)),
                            field,
                            twin.fieldModifiers())
                    .build());
        }
        if (twin.takeUnchecked()) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
    }
}
