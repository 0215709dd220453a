package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.Stage;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @Sink}: the user's method, or for an abstract sink the consumer (or, for an asynchronous
 * sink, the function returning a stage) set on the builder, held in a field named after the
 * sink. An asynchronous sink's stage becomes the pending future of the method it ends; a sink
 * routing its failures ({@code @OnFailure}) routes a failed stage from the loop.
 */
final class SinkUnit implements StageUnit {
    /** The twin's field for an abstract sink's consumer (its node takes the stage name). */
    private static final String TWIN_CONSUMER = "consumer";

    @Override
    public void allocateNames(Stage sink, Names.Allocation names) {
        if (!sink.userBody()) {
            names.field(TWIN_CONSUMER, sink, sink.name() + "Consumer");
        }
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage sink) {
        if (sink.userBody()) {
            return List.of();
        }
        return List.of(FieldSpec.builder(
                        RuntimeTypes.sinkFunctionOf(sink), g.names().field(sink), Modifier.PRIVATE, Modifier.FINAL)
                .build());
    }

    @Override
    public void construct(Generation g, Stage sink, CodeBlock.Builder code) {
        if (!sink.userBody()) {
            code.addStatement("this.$N = $L", g.names().field(sink), requireSink(g, sink));
        }
    }

    /** {@code Builders.sink(builder.out, "out", "Totals")}: the builder's consumer, which must be set. */
    private static CodeBlock requireSink(Generation g, Stage sink) {
        return CodeBlock.of(
                "$T.sink(builder.$N, $S, $S)",
                RuntimeTypes.BUILDERS,
                g.names().field(sink),
                sink.name(),
                g.model().pipeline().simpleName());
    }

    @Override
    public Value fuse(Generation g, Stage sink, Value in, MethodScope scope) {
        g.meters().sinkReached(sink, scope);
        if (sink.isAsyncSink()) {
            fuseAsync(g, sink, in, scope);
            return null;
        }
        scope.guarded(
                sink,
                sink.userBody()
                        ? CodeBlock.of("$L($N)", Names.call(sink.name()), in.name())
                        : CodeBlock.of("this.$N.accept($N)", g.names().field(sink), in.name()),
                in);
        if (scope.returnsPending()) {
            scope.returnEarly();
        }
        return null;
    }

    /** An abstract sink is an output port; one with a body runs inside the task (a side effect). */
    @Override
    public Value engineFuse(EngineBody e, Stage sink, Value in, MethodScope scope) {
        scope.guarded(
                sink,
                sink.userBody() ? CodeBlock.of("$L($N)", e.user(sink.name()), in.name()) : e.emit(sink, in.name()),
                in);
        return null;
    }

    /**
     * An asynchronous sink: its stage, from the user's method or the builder's function (a
     * failure thrown names the sink), becomes the segment's pending future through
     * {@code AsyncSinks.pending}, which names the sink on a later failure too.
     */
    private void fuseAsync(Generation g, Stage sink, Value in, MethodScope scope) {
        String written = scope.newLocal(sink.name());
        scope.body().addStatement("$T $N", RuntimeTypes.ANY_STAGE, written);
        scope.guarded(
                sink,
                sink.userBody()
                        ? CodeBlock.of("$N = $L($N)", written, Names.call(sink.name()), in.name())
                        : CodeBlock.of(
                                "$N = this.$N.apply($N)", written, g.names().field(sink), in.name()),
                in);
        FailureSink route = g.model().failureRoute(sink);
        if (route == null) {
            scope.body().addStatement("return $T.pending($S, $N)", RuntimeTypes.ASYNC_SINKS, label(sink), written);
            return;
        }
        scope.body()
                .addStatement(
                        "return $T.pendingRouted($S, $N, $N, this.$N, this::$N)",
                        RuntimeTypes.ASYNC_SINKS,
                        label(sink),
                        in.name(),
                        written,
                        g.names().loopField(),
                        FailureRoutes.routeMethod(g, route));
    }

    /**
     * An abstract sink calls its consumer (in the twin, the field next to the sink's node); an
     * asynchronous one returns its function's stage.
     */
    @Override
    public CodeBlock abstractBody(Generation g, Stage sink, boolean inTwin) {
        String consumer =
                inTwin ? g.names().member(TWIN_CONSUMER, sink) : g.names().field(sink);
        String element = g.names().parameter(sink, 0);
        if (!sink.isAsyncSink()) {
            return CodeBlock.builder()
                    .addStatement("this.$N.accept($N)", consumer, element)
                    .build();
        }
        // the function returns CompletionStage<?>; a method declared CompletionStage<Void> drops the value
        CodeBlock call = CodeBlock.of("this.$N.apply($N)", consumer, element);
        return CodeBlock.builder()
                .addStatement(
                        "return $L",
                        sink.returnType().equals(RuntimeTypes.ANY_STAGE)
                                ? call
                                : CodeBlock.of("$T.discardValue($L)", RuntimeTypes.ASYNC_SINKS, call))
                .build();
    }

    @Override
    public void addTwinMembers(TwinScope twin, Stage sink, TypeSpec.Builder type, MethodSpec.Builder wiring) {
        if (!sink.userBody()) {
            String consumer = twin.generation().names().member(TWIN_CONSUMER, sink);
            type.addField(RuntimeTypes.sinkFunctionOf(sink), consumer, twin.fieldModifiers());
            wiring.addStatement("this.$N = $L", consumer, requireSink(twin.generation(), sink));
        }
    }

    /** A sink's node stays registered in {@code GlobalSinks}: a field would only be written, never read. */
    @Override
    public boolean twinHoldsNode() {
        return false;
    }

    @Override
    public boolean recordsLatency() {
        return true;
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage sink) {
        TypeName element = twin.upType(sink);
        twin.elementType(sink, element);
        String method = RuntimeTypes.sinkFunctionMethod(sink);
        CodeBlock function = sink.userBody()
                ? CodeBlock.of("this::$N", sink.name())
                : CodeBlock.of("this.$N::$N", twin.generation().names().member(TWIN_CONSUMER, sink), method);
        if (sink.isAsyncSink()) {
            return CodeBlock.of(
                    "$L.sinkAsync($T.<$T, $T>function($S, $L))",
                    twin.up(sink),
                    RuntimeTypes.NAMED,
                    element,
                    RuntimeTypes.ANY_STAGE,
                    sink.name(),
                    function);
        }
        return CodeBlock.of(
                "$L.sink($T.<$T>consumer($S, $L))", twin.up(sink), RuntimeTypes.NAMED, element, sink.name(), function);
    }

    @Override
    public void addToBuilder(Generation g, Stage sink, TypeSpec.Builder builder, ClassName builderClass) {
        if (sink.userBody()) {
            return;
        }
        TypeName consumer = RuntimeTypes.sinkFunctionOf(sink);
        String field = g.names().field(sink);
        builder.addField(FieldSpec.builder(consumer, field, Modifier.PRIVATE).build());
        builder.addMethod(MethodSpec.methodBuilder(sink.name())
                .addJavadoc(
                        sink.isAsyncSink()
                                ? "Sets the function called for every element reaching asynchronous sink {@code $N}; the\n"
                                        + "element's emit waits for the stage it returns.\n"
                                : "Sets the consumer called for every element reaching sink {@code $N}.\n",
                        sink.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(consumer, field)
                .addStatement("this.$N = $T.requireNonNull($N, $S)", field, RuntimeTypes.OBJECTS, field, sink.name())
                .addStatement("return this")
                .build());
    }

    @Override
    public String label(Stage sink) {
        return sink.kind().operator() + ": " + sink.name();
    }
}
