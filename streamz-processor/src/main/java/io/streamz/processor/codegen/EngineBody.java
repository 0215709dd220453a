package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Engine}: the same segments as the fused class, whose stateful stages
 * reach their state through handles scoped to the engine's current key ({@link EngineState}),
 * whose sinks are output ports and whose {@code @KeyBy} stages are exchanges. It implements
 * {@code io.streamz.engine.PipelineTask}; {@code spec()} creates it. User code is called on
 * {@code Functions}, an implementation of the interface whose abstract methods are never called.
 */
final class EngineBody {
    static final String ENGINE = "Engine";
    static final String FUNCTIONS = "Functions";

    private final Generation g;
    private final PipelineModel model;
    private final EngineFacts facts;
    private final ClassName generated;

    EngineBody(Generation g) {
        this.g = g;
        this.model = g.model();
        this.facts = model.engine();
        this.generated = Names.generatedClass(model.pipeline());
    }

    Generation generation() {
        return g;
    }

    EngineFacts facts() {
        return facts;
    }

    /** {@code this.engine}: the task's {@code EngineContext}. */
    CodeBlock context() {
        return CodeBlock.of("this.$N", g.names().engineContextField());
    }

    /** {@code this.user.method}: how the task calls the interface's method {@code method}. */
    CodeBlock user(String method) {
        return CodeBlock.of("this.$N.$N", g.names().engineUserField(), method);
    }

    /** The input port of source {@code source}: sources first, in declaration order. */
    int sourcePort(Stage source) {
        return model.sources().indexOf(source);
    }

    /** The input port of {@code keyBy}'s exchange: after the sources, in declaration order. */
    int exchangePort(Stage keyBy) {
        return model.sources().size() + model.ofKind(StageKind.KEY_BY).indexOf(keyBy);
    }

    /** The output port of {@code sink}, in declaration order. */
    int sinkPort(Stage sink) {
        return model.ofKind(StageKind.SINK).indexOf(sink);
    }

    /** The output port of error route {@code sink}: after the sinks, in declaration order. */
    int failurePort(FailureSink sink) {
        return model.ofKind(StageKind.SINK).size() + model.failureSinks().indexOf(sink);
    }

    /** The scope of {@code stage}. */
    int scope(Stage stage) {
        return facts.scope(stage.name());
    }

    /**
     * The stages with a per-key timer (the time stages, each with an {@link StageUnit#engineHelper};
     * a keyed pipeline has no buffer or mapAsync), in declaration order: a timer's index is its
     * position.
     */
    List<Stage> timerStages() {
        List<Stage> timed = new ArrayList<>();
        for (Stage stage : model.stages()) {
            if (stage.kind().usesLoop()) {
                timed.add(stage);
            }
        }
        return timed;
    }

    /** The index of {@code stage}'s timer. */
    int timer(Stage stage) {
        return timerStages().indexOf(stage);
    }

    /** Every piece of per-key state, in declaration order of the stages. */
    List<EngineState> states() {
        List<EngineState> states = new ArrayList<>();
        for (Stage stage : model.stages()) {
            states.addAll(Generation.unit(stage).engineStates(this, stage));
        }
        return states;
    }

    /** Hands {@code value}, which {@code stage} emits, to each downstream segment in branch order. */
    void handOver(Stage stage, Value value, MethodScope scope) {
        for (Edge edge : model.downstreams(stage)) {
            scope.body().addStatement("$L", call(edge, value.name()));
        }
    }

    /** The call handing {@code value} over {@code edge}: the next segment's method, or a join's offer. */
    CodeBlock call(Edge edge, String value) {
        if (edge.to().kind().isJoin()) {
            return CodeBlock.of("$N($L, $N)", g.names().member("engine:offer", edge.to()), edge.port(), value);
        }
        Segment next = g.fusion().segmentStartingAt(edge.to());
        return CodeBlock.of("$N($N)", g.names().segmentMethod(next.first()), value);
    }

    /** The {@code Engine} class. */
    TypeSpec engine() {
        TypeSpec.Builder type = TypeSpec.classBuilder(ENGINE)
                .addJavadoc(
                        "The engine body of {@link $T}: the same segments as the fused class, with each stage's\n"
                                + "state per key behind the handles of the {@code EngineContext}, sinks as output ports and\n"
                                + "{@code @KeyBy} stages as exchanges. Created by {@link #spec()}'s task factory.\n",
                        model.pipeline())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.PIPELINE_TASK)
                .addField(RuntimeTypes.ENGINE_CONTEXT, g.names().engineContextField(), Modifier.PRIVATE, Modifier.FINAL)
                .addField(
                        generated.nestedClass(FUNCTIONS),
                        g.names().engineUserField(),
                        Modifier.PRIVATE,
                        Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A task whose state, timers and outputs go through {@code context}.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.ENGINE_CONTEXT, "context")
                .addStatement(
                        "this.$N = $T.requireNonNull(context, $S)",
                        g.names().engineContextField(),
                        RuntimeTypes.OBJECTS,
                        "context")
                .addStatement("this.$N = new $N()", g.names().engineUserField(), FUNCTIONS);
        for (EngineState state : states()) {
            type.addField(state.handle(), state.field(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement(
                    "this.$N = context.state().$N($N.state($S))",
                    state.field(),
                    state.factory(),
                    g.names().specField(),
                    state.name());
        }
        for (Stage stage : timerStages()) {
            EngineState helper = Generation.unit(stage).engineHelper(this, stage);
            type.addField(helper.handle(), helper.field(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = $L", helper.field(), helper.spec());
        }
        type.addMethod(constructor.build()).addMethod(accept()).addMethod(onTimer());
        for (Stage stage : timerStages()) {
            type.addMethod(after(stage));
        }
        for (FailureSink sink : model.failureSinks()) {
            type.addMethod(route(sink));
        }
        for (Segment segment : g.fusion().segments()) {
            MethodSpec offer = Generation.unit(segment.first()).engineOffer(this, segment.first());
            if (offer != null) {
                type.addMethod(offer);
            }
            type.addMethod(segmentMethod(segment));
        }
        return type.build();
    }

    private MethodSpec accept() {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (port)");
        for (Stage source : model.sources()) {
            body.add("case $L -> {\n", sourcePort(source)).indent();
            passOnInput(source, body);
            body.unindent().add("}\n");
        }
        for (Stage keyBy : model.ofKind(StageKind.KEY_BY)) {
            body.add("case $L -> {\n", exchangePort(keyBy)).indent();
            passOnInput(keyBy, body);
            body.unindent().add("}\n");
        }
        body.add(
                        "default -> throw new $T($S + port);\n",
                        IllegalArgumentException.class,
                        model.pipeline().simpleName() + " has no input port ")
                .endControlFlow();
        return MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addAnnotation(unchecked())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "port")
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .addCode(body.build())
                .build();
    }

    /** An input's value to each segment its stage feeds, cast to what the segment takes. */
    private void passOnInput(Stage input, CodeBlock.Builder body) {
        for (Edge edge : model.downstreams(input)) {
            if (edge.to().kind().isJoin()) {
                body.addStatement("$L", call(edge, "value"));
            } else {
                Segment next = g.fusion().segmentStartingAt(edge.to());
                body.addStatement(
                        "$N($L)",
                        g.names().segmentMethod(next.first()),
                        RuntimeTypes.cast(next.inputType().box(), "value"));
            }
        }
    }

    private MethodSpec onTimer() {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (timer)");
        for (Stage stage : timerStages()) {
            body.addStatement(
                    "case $L -> $L", timer(stage), Generation.unit(stage).engineOnTimer(this, stage));
        }
        body.addStatement(
                        "default -> throw new $T($S + timer)",
                        IllegalArgumentException.class,
                        model.pipeline().simpleName() + " has no timer ")
                .endControlFlow();
        return MethodSpec.methodBuilder("onTimer")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "timer")
                .addParameter(long.class, "nowMillis")
                .addCode(body.build())
                .build();
    }

    /** {@code afterLater(value)}: what a time stage releases, to its downstreams in branch order. */
    private MethodSpec after(Stage stage) {
        MethodScope scope = new MethodScope(g, false);
        String parameter = scope.newLocal(stage.name());
        handOver(stage, new Value(parameter, stage.outputType().box()), scope);
        return MethodSpec.methodBuilder(g.names().member("engine:after", stage))
                .addJavadoc("Hands what {@code $N} releases for the current key to its downstreams.\n", stage.name())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(stage.outputType().box(), parameter)
                .addCode(scope.build())
                .build();
    }

    /**
     * {@code routeToX(failed)}: a routed failure to error sink {@code sink}'s output port (or into
     * its body, inside the task); the sink's own failure is thrown with the routed one suppressed.
     */
    private MethodSpec route(FailureSink sink) {
        String failed = "failed";
        CodeBlock deliver = sink.userBody()
                ? CodeBlock.of("$L($N)", user(sink.name()), failed)
                : CodeBlock.of("$L.emit($L, $N)", context(), failurePort(sink), failed);
        return MethodSpec.methodBuilder(FailureRoutes.routeMethod(g, sink))
                .addJavadoc(
                        "Routes a failure of a stage that routes to {@code $N}: the element goes no further there.\n",
                        sink.name())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.FAILED_ELEMENT, failed)
                .beginControlFlow("try")
                .addStatement("$L", deliver)
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("throw $T.routingFailed($S, e, $N)", RuntimeTypes.FAILURES, sink.label(), failed)
                .endControlFlow()
                .build();
    }

    private MethodSpec segmentMethod(Segment segment) {
        Stage first = segment.first();
        MethodScope scope = new MethodScope(g, false);
        String parameter = scope.newLocal(Generation.unit(first).segmentParameter(g, first));
        Value value = new Value(parameter, segment.inputType());
        for (Stage stage : segment.stages()) {
            value = Generation.unit(stage).engineFuse(this, stage, value, scope);
            if (value == null) {
                break;
            }
        }
        if (value != null) {
            Generation.unit(segment.last()).enginePassOn(this, segment.last(), value, scope);
        }
        return MethodSpec.methodBuilder(g.names().segmentMethod(first))
                .addJavadoc("Fused: $L, for the current key of scope $L.\n", segment.describe(), scope(first))
                .addAnnotation(unchecked())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(segment.inputType(), parameter)
                .addCode(scope.build())
                .build();
    }

    /**
     * {@code Functions}: the interface with its abstract methods refusing to be called, so the
     * task can call the user's default methods without an instance of the pipeline.
     */
    TypeSpec functions() {
        TypeSpec.Builder type = TypeSpec.classBuilder(FUNCTIONS)
                .addJavadoc("The user's default methods for the engine body; the abstract ones are never called.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(model.pipeline())
                .addSuperinterface(AutoCloseable.class);
        for (Stage stage : model.stages()) {
            if (!stage.userBody()) {
                type.addMethod(StageMethods.override(g, stage)
                        .addStatement(
                                "throw new $T($S)",
                                UnsupportedOperationException.class,
                                "the engine body of " + model.pipeline().simpleName() + " never calls '" + stage.name()
                                        + "'")
                        .build());
            }
        }
        for (FailureSink sink : model.failureSinks()) {
            if (!sink.userBody()) {
                type.addMethod(MethodSpec.methodBuilder(sink.name())
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.FAILED_ELEMENT, g.names().failureMember("parameter", sink))
                        .addStatement(
                                "throw new $T($S)",
                                UnsupportedOperationException.class,
                                "the engine body of " + model.pipeline().simpleName() + " never calls '" + sink.name()
                                        + "'")
                        .build());
            }
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .build());
        return type.build();
    }

    static AnnotationSpec unchecked() {
        return AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build();
    }

    /** The type of the outer class. */
    ClassName generated() {
        return generated;
    }

    /** How a sink emits {@code value} of {@code type} on its port. */
    CodeBlock emit(Stage sink, String value) {
        TypeName type = sink.inputType();
        String method = type.equals(TypeName.LONG)
                ? "emitLong"
                : type.equals(TypeName.INT) ? "emitInt" : type.equals(TypeName.DOUBLE) ? "emitDouble" : "emit";
        return CodeBlock.of("$L.$N($L, $N)", context(), method, sinkPort(sink), value);
    }
}
