package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the interpreted twin of a keyed pipeline: one {@code Interpreted} instance per key
 * scope and key, each wiring the {@code io.streamz.Stream} nodes of its scope only. The root
 * instance holds the unkeyed scope (the sources); a {@code @KeyBy} there is a sink handing each
 * element to the entry node of its key's instance of the next scope, created on its first key.
 * Each key thus has its own accumulators, histories and windows, as the {@code Engine} keeps
 * them per key.
 */
final class KeyedTwinWriter {
    private final Generation g;
    private final PipelineModel model;
    private final EngineFacts facts;
    private final Names names;
    private final ClassName twin;

    KeyedTwinWriter(Generation g) {
        this.g = g;
        this.model = g.model();
        this.facts = model.engine();
        this.names = g.names();
        this.twin = Names.twinClass(model);
    }

    TypeSpec twin() {
        ClassName builder = Names.builderClass(model);
        TypeName keys = ParameterizedTypeName.get(
                ClassName.get(List.class),
                ParameterizedTypeName.get(ClassName.get(java.util.Map.class), ClassName.OBJECT, twin));
        TypeSpec.Builder type = TypeSpec.classBuilder(twin)
                .addJavadoc(
                        "The interpreted twin: the same topology on {@code io.streamz.Stream}, one subgraph per key\n"
                                + "of each key scope.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(model.pipeline())
                .addSuperinterface(AutoCloseable.class)
                .addField(builder, names.twinBuilderField(), Modifier.PRIVATE, Modifier.FINAL)
                .addField(twin, names.twinRootField(), Modifier.PRIVATE, Modifier.FINAL)
                .addField(keys, names.twinKeysField(), Modifier.PRIVATE, Modifier.FINAL);
        TwinScope scope = new TwinScope(g, true);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(builder, "builder")
                .addParameter(twin, "root")
                .addParameter(int.class, "scope")
                .addModifiers(Modifier.PRIVATE)
                .addStatement("this.$N = builder", names.twinBuilderField())
                .addStatement("this.$N = root == null ? this : root", names.twinRootField())
                .addStatement("this.$N = new $T<>()", names.twinKeysField(), ArrayList.class)
                .beginControlFlow(
                        "for (int i = 0; root == null && i < $L; i++)",
                        facts.scopeKeys().size())
                .addStatement("this.$N.add(new $T<>())", names.twinKeysField(), RuntimeTypes.HASH_MAP)
                .endControlFlow();
        if (model.usesLoop()) {
            type.addField(RuntimeTypes.EVENT_LOOP, names.loopField(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addCode(g.loopStages().loopInitializer());
        }
        for (Stage sink : model.ofKind(StageKind.SINK)) {
            Generation.unit(sink).addTwinMembers(scope, sink, type, constructor);
        }
        FailureRoutes.addTwinMembers(scope, type, constructor);
        constructor.beginControlFlow("switch (scope)");
        List<MethodSpec> wiring = new ArrayList<>();
        for (int s = 0; s < facts.scopeKeys().size(); s++) {
            constructor.addStatement("case $L -> $N(builder)", s, names.scopeWiringMethod(s));
            wiring.add(wireScope(scope, type, s, builder));
        }
        constructor
                .addStatement("default -> throw new $T($S + scope)", IllegalArgumentException.class, "no scope ")
                .endControlFlow();
        for (Stage stage : model.stages()) {
            if (scope.elementType(stage) != null && holdsNode(stage)) {
                type.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(RuntimeTypes.STREAM, scope.elementType(stage)),
                                names.field(stage),
                                Modifier.PRIVATE)
                        .build());
            }
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addParameter(builder, "builder")
                        .addStatement("this(builder, null, 0)")
                        .build())
                .addMethod(constructor.build())
                .addMethods(wiring)
                .addMethod(keyed());
        for (Stage stage : model.stages()) {
            Generation.unit(stage).addTwinMethods(scope, stage, type);
        }
        FailureRoutes.addTwinMethods(g, type);
        return type.addMethod(closeEntries()).addMethod(close()).build();
    }

    /** Whether the twin keeps {@code stage}'s node in a field: its unit says, or its failures are routed. */
    private boolean holdsNode(Stage stage) {
        return Generation.unit(stage).twinHoldsNode() || model.failureRoute(stage) != null;
    }

    /** The method wiring scope {@code s}: the entry nodes of its keyBys, its stages, and the routes out of it. */
    private MethodSpec wireScope(TwinScope scope, TypeSpec.Builder type, int s, ClassName builder) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.scopeWiringMethod(s))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (Stage stage : model.stages()) {
            boolean keyBy = stage.kind() == StageKind.KEY_BY;
            if (keyBy && facts.keyByTargets().get(stage.name()) == s) {
                scope.elementType(stage, stage.outputType().box());
                if (model.usesLoop()) {
                    method.addStatement(
                            "this.$N = new $T<>($S, this.$N)",
                            names.field(stage),
                            RuntimeTypes.STREAM,
                            stage.name(),
                            names.loopField());
                } else {
                    method.addStatement(
                            "this.$N = new $T<>($S)", names.field(stage), RuntimeTypes.STREAM, stage.name());
                }
            }
            if (facts.scope(stage.name()) != s) {
                continue;
            }
            if (keyBy) {
                method.addCode("$L;\n", Generation.unit(stage).twinNode(scope, stage));
            } else if (!holdsNode(stage)) {
                method.addStatement("$L", scope.node(stage));
            } else {
                if (Generation.unit(stage).twinHoldsNode()) { // a sink's members come with the constructor
                    Generation.unit(stage).addTwinMembers(scope, stage, type, method);
                }
                method.addStatement("this.$N = $L", names.field(stage), scope.node(stage));
                FailureRoutes.routeInTwin(g, stage, method);
            }
        }
        if (scope.takeUnchecked()) {
            method.addAnnotation(EngineBody.unchecked());
        }
        return method.build();
    }

    /** {@code keyed(scope, key)}: the subgraph of {@code key} in {@code scope}, made on first use. */
    private MethodSpec keyed() {
        return MethodSpec.methodBuilder(names.twinKeyedMethod())
                .addModifiers(Modifier.PRIVATE)
                .returns(twin)
                .addParameter(int.class, "scope")
                .addParameter(Object.class, "key")
                .addStatement(
                        "return this.$N.$N.get(scope).computeIfAbsent(key, k -> new $T(this.$N, this.$N, scope))",
                        names.twinRootField(),
                        names.twinKeysField(),
                        twin,
                        names.twinBuilderField(),
                        names.twinRootField())
                .build();
    }

    private MethodSpec closeEntries() {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(names.closeEntriesMethod()).addModifiers(Modifier.PRIVATE);
        for (Stage keyBy : model.ofKind(StageKind.KEY_BY)) {
            method.beginControlFlow("if (this.$N != null)", names.field(keyBy))
                    .addStatement("this.$N.close()", names.field(keyBy))
                    .endControlFlow();
        }
        FailureRoutes.closeTwin(g, method);
        return method.build();
    }

    private MethodSpec close() {
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the graph of every source node and every key's subgraph.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        for (Stage source : model.sources()) {
            close.addStatement("this.$N.close()", names.field(source));
        }
        FailureRoutes.closeTwin(g, close);
        return close.beginControlFlow(
                        "for ($T<$T, $T> byKey : this.$N)",
                        java.util.Map.class,
                        Object.class,
                        twin,
                        names.twinKeysField())
                .beginControlFlow("for ($T keyed : byKey.values())", twin)
                .addStatement("keyed.$N()", names.closeEntriesMethod())
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
