package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a pipeline with stages on the event loop (buffer, delay, rateLimit, timedWindow, mapAsync, or an
 * asynchronous sink, which has no helper) adds to
 * the generated classes: the loop, taken from the builder ({@code EventLoop.shared()} by
 * default), and one runtime helper per such stage, created in the constructor with the method
 * the helper hands its elements to.
 */
final class LoopStages {
    private final PipelineModel model;
    private final Names names;

    LoopStages(PipelineModel model, Names names) {
        this.model = model;
        this.names = names;
    }

    /** The loop field, then one helper field per loop stage, in declaration order; none without loop stages. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        if (!model.usesLoop()) {
            return fields;
        }
        fields.add(FieldSpec.builder(RuntimeTypes.EVENT_LOOP, names.loopField(), Modifier.PRIVATE, Modifier.FINAL)
                .build());
        for (Stage stage : model.stages()) {
            if (stage.kind().usesLoop()) {
                fields.add(FieldSpec.builder(helperType(stage), names.field(stage), Modifier.PRIVATE, Modifier.FINAL)
                        .build());
            }
        }
        return fields;
    }

    /** {@code this.loop = ...}: the builder's loop or the shared one. */
    CodeBlock loopInitializer() {
        return CodeBlock.builder()
                .addStatement(
                        "this.$N = builder.$N == null ? $T.shared() : builder.$N",
                        names.loopField(),
                        names.loopField(),
                        RuntimeTypes.EVENT_LOOP,
                        names.loopField())
                .build();
    }

    /** Creates every helper, then starts the timed windows' clocks, on the loop thread. */
    CodeBlock helperInitializers() {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Stage stage : model.stages()) {
            if (stage.kind().usesLoop()) {
                code.addStatement("this.$N = $L", names.field(stage), create(stage));
            }
        }
        for (Stage window : model.ofKind(StageKind.TIMED_WINDOW)) {
            code.beginControlFlow("if (this.$N.inLoop())", names.loopField())
                    .addStatement("this.$N.start()", names.field(window))
                    .nextControlFlow("else")
                    .addStatement("this.$N.execute(this.$N::start)", names.loopField(), names.field(window))
                    .endControlFlow();
        }
        return code.build();
    }

    private CodeBlock create(Stage stage) {
        ClassName helper = helperClass(stage.kind());
        if (stage.kind() == StageKind.MAP_ASYNC) {
            // the user's method, every failure of it named as the twin's mapAsync node names it
            return CodeBlock.of(
                    "new $T<>(this.$N, $T.<$T, $T>named($S, this::$N), $L, this::$N)",
                    helper,
                    names.loopField(),
                    RuntimeTypes.ASYNC_CALLS,
                    asyncInput(stage),
                    elementType(stage),
                    FailureGuard.label(stage),
                    stage.name(),
                    stage.options().size(),
                    downstreamMethod(stage));
        }
        CodeBlock argument = stage.kind() == StageKind.BUFFER
                ? CodeBlock.of("$L", stage.options().size())
                : CodeBlock.of(
                        "$T.ofMillis($L)",
                        RuntimeTypes.DURATION,
                        millis(stage.options().intervalMillis()));
        return CodeBlock.of(
                "new $T<>(this.$N, $L, this::$N)", helper, names.loopField(), argument, downstreamMethod(stage));
    }

    /** A millisecond count as a Java literal. */
    static String millis(long millis) {
        return millis == (int) millis ? Long.toString(millis) : millis + "L";
    }

    /**
     * The method the helper of {@code stage} hands elements to: the segment after it when that
     * is its only downstream, else its {@link Names#afterMethod} that hands over to each.
     */
    String downstreamMethod(Stage stage) {
        List<Edge> exits = model.downstreams(stage);
        if (exits.size() == 1 && !exits.get(0).to().kind().isMultiInput()) {
            return names.segmentMethod(exits.get(0).to());
        }
        return names.afterMethod(stage);
    }

    /** Whether {@code stage} needs an {@link Names#afterMethod} of its own. */
    boolean needsAfterMethod(Stage stage) {
        return stage.kind().usesLoop() && downstreamMethod(stage).equals(names.afterMethod(stage));
    }

    /** {@code DelayLine<Integer>}, {@code TimedWindowCollector<String>}, {@code OrderedAsyncMap<Integer, String>}, ... */
    private TypeName helperType(Stage stage) {
        if (stage.kind() == StageKind.MAP_ASYNC) {
            return ParameterizedTypeName.get(RuntimeTypes.ORDERED_ASYNC_MAP, asyncInput(stage), elementType(stage));
        }
        return ParameterizedTypeName.get(helperClass(stage.kind()), elementType(stage));
    }

    /** What a mapAsync's helper takes: its upstream's elements, boxed (the call may widen them). */
    private TypeName asyncInput(Stage mapAsync) {
        return model.upstream(mapAsync).outputType().box();
    }

    /** The element type the helper holds: the element passed on (a mapAsync's result), or a timed window's list element. */
    static TypeName elementType(Stage stage) {
        return stage.kind() == StageKind.TIMED_WINDOW
                ? StageFields.elementOf(stage.outputType())
                : stage.outputType().box();
    }

    private static ClassName helperClass(StageKind kind) {
        switch (kind) {
            case BUFFER:
                return RuntimeTypes.BOUNDED_BUFFER;
            case DELAY:
                return RuntimeTypes.DELAY_LINE;
            case RATE_LIMIT:
                return RuntimeTypes.RATE_LIMITER;
            case MAP_ASYNC:
                return RuntimeTypes.ORDERED_ASYNC_MAP;
            default:
                return RuntimeTypes.TIMED_WINDOW;
        }
    }

    private boolean hasLoopStages() {
        for (Stage stage : model.stages()) {
            if (stage.kind().usesLoop()) {
                return true;
            }
        }
        return false;
    }

    /** The builder's loop field and its setter. */
    void addToBuilder(com.palantir.javapoet.TypeSpec.Builder builder, ClassName builderClass) {
        if (!model.usesLoop()) {
            return;
        }
        builder.addField(FieldSpec.builder(RuntimeTypes.EVENT_LOOP, names.loopField(), Modifier.PRIVATE)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("loop")
                .addJavadoc(
                        "Sets the event loop the $L run on (both builds share it);\n"
                                + "{@code EventLoop.shared()} if not set. Tests pass a {@code VirtualTimeLoop}.\n",
                        hasLoopStages() ? "time and buffer stages" : "pipeline and its asynchronous sinks")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(RuntimeTypes.EVENT_LOOP, "loop")
                .addStatement("this.$N = $T.requireNonNull(loop, $S)", names.loopField(), RuntimeTypes.OBJECTS, "loop")
                .addStatement("return this")
                .build());
    }

    /** The threading paragraph of the class javadoc for a pipeline with loop stages or asynchronous sinks. */
    CodeBlock threadingJavadoc() {
        List<String> loopStages = new ArrayList<>();
        List<String> asyncSinks = new ArrayList<>();
        for (Stage stage : model.stages()) {
            if (stage.kind().usesLoop()) {
                loopStages.add("{@code " + stage.name() + "}");
            } else if (stage.isAsyncSink()) {
                asyncSinks.add("{@code " + stage.name() + "}");
            }
        }
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(
                        "<p>Threading: the pipeline runs on the event loop given to the builder ({@code EventLoop.shared()}\n")
                .add("by default), as the interpreted twin does.");
        if (!loopStages.isEmpty()) {
            doc.add(" The stages after $L run on the loop\n", String.join(", ", loopStages))
                    .add("thread, handed on by the runtime helpers; stage state is confined to that thread.");
        }
        if (!asyncSinks.isEmpty()) {
            doc.add(
                            "\nThe asynchronous sinks $L return a stage that the element's emit waits for; its\n",
                            String.join(", ", asyncSinks))
                    .add("completion may come from any thread, and what waits for it goes on from the loop.");
        }
        doc.add(" A\n")
                .add(
                        "{@code @Source} call on the loop thread runs the stages up to the first time or buffer stage before\n")
                .add(
                        "it returns; a call from any other thread hops onto the loop and returns at once (a failure then\n")
                .add(
                        "goes to {@code EventLoop.reportFailure}, or completes the returned stage). A {@code void} source\n")
                .add(
                        "is fire and forget: failures of its pending work go to {@code EventLoop.reportFailure}. A source\n")
                .add("returning {@code CompletionStage<Void>} returns the back-pressure future: it completes when\n");
        if (asyncSinks.isEmpty()) {
            return doc.add("every time and buffer stage has accepted or passed on the element.\n")
                    .build();
        }
        return doc.add(
                        "every time and buffer stage has accepted or passed on the element and every asynchronous sink\n")
                .add("reached by it has completed its stage.\n")
                .build();
    }
}
