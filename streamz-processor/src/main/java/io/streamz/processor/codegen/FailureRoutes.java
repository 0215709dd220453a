package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.Stage;
import javax.lang.model.element.Modifier;

/**
 * The error route ({@code @OnFailure} sinks), in every generated class. Fused: a failure of a
 * routing stage is caught by its {@link FailureGuard}, which makes the {@code FailedElement}
 * ({@code Failures.routed}, which rethrows what must not be routed) and calls
 * {@code routeToX(failed)}; an asynchronous sink's or a {@code mapAsync}'s failure is made one by
 * {@code Failures.routedAsync} in the runtime helper. {@code routeToX} hands it to the sink,
 * whose own failure is rethrown with the routed one suppressed. Twin: an error stream with the sink on it, each routing
 * stage's node {@code routeFailuresTo} it. An abstract sink's consumer comes from the builder.
 * A pipeline without {@code @OnFailure} gets nothing from here.
 */
final class FailureRoutes {
    private static final TypeName CONSUMER =
            ParameterizedTypeName.get(RuntimeTypes.CONSUMER, RuntimeTypes.FAILED_ELEMENT);

    private FailureRoutes() {}

    /** The fused class's method routing a failure to {@code sink}. */
    static String routeMethod(Generation g, FailureSink sink) {
        return g.names().failureMember("route", sink);
    }

    /** The fused class's fields: an abstract sink's consumer. */
    static void addFields(Generation g, TypeSpec.Builder type) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                type.addField(CONSUMER, g.names().failureMember("field", sink), Modifier.PRIVATE, Modifier.FINAL);
            }
        }
    }

    /** The fused class's constructor statements: an abstract sink's consumer, which must be set. */
    static void construct(Generation g, CodeBlock.Builder code) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                code.addStatement("this.$N = $L", g.names().failureMember("field", sink), requireSink(g, sink));
            }
        }
    }

    private static CodeBlock requireSink(Generation g, FailureSink sink) {
        return CodeBlock.of(
                "$T.sink(builder.$N, $S, $S)",
                RuntimeTypes.BUILDERS,
                g.names().failureMember("field", sink),
                sink.name(),
                g.model().pipeline().simpleName());
    }

    /** The fused class's methods: an abstract sink's implementation, and the route method of every sink. */
    static void addMethods(Generation g, TypeSpec.Builder type) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                type.addMethod(implementation(g, sink, g.names().failureMember("field", sink)));
            }
            String failed = "failed";
            type.addMethod(MethodSpec.methodBuilder(routeMethod(g, sink))
                    .addJavadoc(
                            "Routes a failure of a stage that routes to {@code $N}: the element goes no further there.\n",
                            sink.name())
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.FAILED_ELEMENT, failed)
                    .beginControlFlow("try")
                    .addStatement("$L($N)", Names.call(sink.name()), failed)
                    .nextControlFlow("catch ($T e)", Throwable.class)
                    .addStatement("throw $T.routingFailed($S, e, $N)", RuntimeTypes.FAILURES, sink.label(), failed)
                    .endControlFlow()
                    .build());
        }
    }

    /** The keyed class's implementations of the abstract sinks, calling the builder's consumers. */
    static void addImplementations(Generation g, TypeSpec.Builder type) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                type.addMethod(implementation(g, sink, g.names().failureMember("field", sink)));
            }
        }
    }

    /** The keyed class's {@code LocalEngine} bindings: each abstract sink's port to its consumer. */
    static void bindOutputs(Generation g, CodeBlock.Builder code) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                code.add(
                        "\n.sink($S, value -> this.$N.accept(($T) value))",
                        sink.name(),
                        g.names().failureMember("field", sink),
                        RuntimeTypes.FAILED_ELEMENT);
            }
        }
    }

    /** {@code @Override public void name(FailedElement p) { this.consumer.accept(p); }}. */
    private static MethodSpec implementation(Generation g, FailureSink sink, String consumer) {
        String parameter = g.names().failureMember("parameter", sink);
        return MethodSpec.methodBuilder(sink.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.FAILED_ELEMENT, parameter)
                .addStatement("this.$N.accept($N)", consumer, parameter)
                .build();
    }

    /** The builder's field and setter for every abstract sink. */
    static void addToBuilder(Generation g, TypeSpec.Builder builder, ClassName builderClass) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (sink.userBody()) {
                continue;
            }
            String field = g.names().failureMember("field", sink);
            builder.addField(
                    FieldSpec.builder(CONSUMER, field, Modifier.PRIVATE).build());
            builder.addMethod(MethodSpec.methodBuilder(sink.name())
                    .addJavadoc(
                            "Sets the consumer of error route {@code $N}: every failure of a stage routing to it.\n",
                            sink.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderClass)
                    .addParameter(CONSUMER, field)
                    .addStatement(
                            "this.$N = $T.requireNonNull($N, $S)", field, RuntimeTypes.OBJECTS, field, sink.name())
                    .addStatement("return this")
                    .build());
        }
    }

    /**
     * The twin's error streams, before any stage's node: for every sink a {@code Stream} of
     * failures named after it, with the sink on it (and an abstract sink's consumer).
     */
    static void addTwinMembers(TwinScope twin, TypeSpec.Builder type, MethodSpec.Builder wiring) {
        Generation g = twin.generation();
        for (FailureSink sink : g.model().failureSinks()) {
            String node = g.names().failureMember("node", sink);
            if (!sink.userBody()) {
                String consumer = g.names().failureMember("consumer", sink);
                type.addField(CONSUMER, consumer, twin.fieldModifiers());
                wiring.addStatement("this.$N = $L", consumer, requireSink(g, sink));
            }
            type.addField(RuntimeTypes.streamOf(RuntimeTypes.FAILED_ELEMENT), node, twin.fieldModifiers());
            // the sink's node stays registered in GlobalSinks: no field (it would only be written)
            // named after the sink: its node in the graph's DOT reads "rejected; Stream"
            wiring.addStatement("this.$N = new $T<>($S)", node, RuntimeTypes.STREAM, sink.name())
                    .addStatement(
                            "this.$N.sink($T.<$T>consumer($S, this::$N))",
                            node,
                            RuntimeTypes.NAMED,
                            RuntimeTypes.FAILED_ELEMENT,
                            sink.name(),
                            sink.name());
        }
    }

    /** After {@code stage}'s node in the twin: it routes its failures, if it does. */
    static void routeInTwin(Generation g, Stage stage, MethodSpec.Builder wiring) {
        FailureSink sink = g.model().failureRoute(stage);
        if (sink != null) {
            wiring.addStatement(
                    "this.$N.routeFailuresTo(this.$N)",
                    g.names().field(stage),
                    g.names().failureMember("node", sink));
        }
    }

    /** The twin's methods: an abstract sink's implementation, calling its consumer. */
    static void addTwinMethods(Generation g, TypeSpec.Builder type) {
        for (FailureSink sink : g.model().failureSinks()) {
            if (!sink.userBody()) {
                type.addMethod(implementation(g, sink, g.names().failureMember("consumer", sink)));
            }
        }
    }

    /** The twin's {@code close()}: the error streams close too (their sinks leave {@code GlobalSinks}). */
    static void closeTwin(Generation g, MethodSpec.Builder close) {
        for (FailureSink sink : g.model().failureSinks()) {
            close.addStatement("this.$N.close()", g.names().failureMember("node", sink));
        }
    }
}
