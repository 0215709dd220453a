package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a pipeline with stages on the event loop (buffer, delay, rateLimit, timedWindow, mapAsync, or an
 * asynchronous sink, which has no helper) adds to
 * the generated classes: the loop, taken from the builder ({@code EventLoop.shared()} by
 * default), and one runtime helper per such stage ({@link StageUnit#loopHelper}), created in the
 * constructor with the method the helper hands its elements to.
 */
final class LoopStages {
    /** The member of a loop stage's unit: the method handing its elements to several downstreams. */
    static final String AFTER = "after";

    private final Generation g;
    private final PipelineModel model;
    private final Names names;

    LoopStages(Generation g) {
        this.g = g;
        this.model = g.model();
        this.names = g.names();
    }

    /** Allocates a loop stage's {@link #afterMethod}. */
    static void allocateAfterMethod(Stage stage, Names.Allocation names) {
        names.method(AFTER, stage, "after" + Names.capitalized(stage.name()));
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
            StageUnit.LoopHelper helper = Generation.unit(stage).loopHelper(g, stage);
            if (helper != null) {
                fields.add(FieldSpec.builder(helper.type(), names.field(stage), Modifier.PRIVATE, Modifier.FINAL)
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

    /** Creates every helper, then starts those that run by the clock (timed windows), on the loop thread. */
    CodeBlock helperInitializers() {
        CodeBlock.Builder code = CodeBlock.builder();
        List<Stage> started = new ArrayList<>();
        for (Stage stage : model.stages()) {
            StageUnit.LoopHelper helper = Generation.unit(stage).loopHelper(g, stage);
            if (helper != null) {
                code.addStatement("this.$N = $L", names.field(stage), helper.creation());
                if (helper.started()) {
                    started.add(stage);
                }
            }
        }
        for (Stage stage : started) {
            code.beginControlFlow("if (this.$N.inLoop())", names.loopField())
                    .addStatement("this.$N.start()", names.field(stage))
                    .nextControlFlow("else")
                    .addStatement("this.$N.execute(this.$N::start)", names.loopField(), names.field(stage))
                    .endControlFlow();
        }
        return code.build();
    }

    /** A millisecond count as a Java literal. */
    static String millis(long millis) {
        return millis == (int) millis ? Long.toString(millis) : millis + "L";
    }

    /**
     * The method the helper of {@code stage} hands elements to: the segment after it when that
     * is its only downstream, else its {@link #afterMethod} that hands over to each.
     */
    String downstreamMethod(Stage stage) {
        List<Edge> exits = model.downstreams(stage);
        if (exits.size() == 1
                && !exits.get(0).reset()
                && !exits.get(0).to().kind().isMultiInput()) {
            return names.segmentMethod(exits.get(0).to());
        }
        return afterMethod(stage);
    }

    /** The method handing what a loop stage passes on to its several downstreams: {@code afterDelayed}. */
    String afterMethod(Stage loopStage) {
        return names.member(AFTER, loopStage);
    }

    /** Whether {@code stage} needs an {@link #afterMethod} of its own. */
    boolean needsAfterMethod(Stage stage) {
        return stage.kind().usesLoop() && downstreamMethod(stage).equals(afterMethod(stage));
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
    void addToBuilder(TypeSpec.Builder builder, ClassName builderClass) {
        if (!model.usesLoop()) {
            return;
        }
        builder.addField(FieldSpec.builder(RuntimeTypes.EVENT_LOOP, names.loopField(), Modifier.PRIVATE)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("loop")
                .addJavadoc(
                        "Sets the event loop the $L run on$L;\n"
                                + "{@code EventLoop.shared()} if not set. Tests pass a {@code VirtualTimeLoop}.\n",
                        hasLoopStages() ? "time and buffer stages" : "pipeline and its asynchronous sinks",
                        g.output().twin() ? " (both builds share it)" : "")
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
                .add(g.output().twin() ? "by default), as the interpreted twin does." : "by default).");
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
        return doc.add(threadingOfSources(asyncSinks.isEmpty())).build();
    }

    private static CodeBlock threadingOfSources(boolean noAsyncSinks) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(" A\n")
                .add(
                        "{@code @Source} call on the loop thread runs the stages up to the first time or buffer stage before\n")
                .add(
                        "it returns; a call from any other thread hops onto the loop and returns at once (a failure then\n")
                .add(
                        "goes to {@code EventLoop.reportFailure}, or completes the returned stage). A {@code void} source\n")
                .add(
                        "is fire and forget: failures of its pending work go to {@code EventLoop.reportFailure}. A source\n")
                .add("returning {@code CompletionStage<Void>} returns the back-pressure future: it completes when\n");
        if (noAsyncSinks) {
            return doc.add("every time and buffer stage has accepted or passed on the element.\n")
                    .build();
        }
        return doc.add(
                        "every time and buffer stage has accepted or passed on the element and every asynchronous sink\n")
                .add("reached by it has completed its stage.\n")
                .build();
    }
}
