package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a measured pipeline ({@code @Pipeline(metrics = true)}) adds to the generated code: a
 * {@code MeterGroup} from the builder, one {@code StageMeter} per stage, and the statements that
 * count elements in, out and failed, start an element's latency clock and record it at sinks.
 * For any other pipeline every method here writes nothing, so its code stays as it was.
 *
 * <p>Only what cannot be derived is counted, each count being a store per element: a stage that is
 * its upstream's only downstream takes its {@code in} from the upstream's {@code out}
 * ({@link #inDerived}), and a source, map or accumulate its {@code out} from {@code in - failed}
 * ({@link #outDerived}). A chain {@code source -> map -> filter -> accumulate -> sink} counts two
 * figures (the source's in, the filter's out), not nine.
 */
final class Meters {
    private final Generation g;
    private final PipelineModel model;
    private final Names names;

    Meters(Generation g) {
        this.g = g;
        this.model = g.model();
        this.names = g.names();
    }

    /** Whether the pipeline is measured. */
    boolean on() {
        return model.metrics();
    }

    /** The group's field, then one meter field per stage. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        if (!on()) {
            return fields;
        }
        fields.add(FieldSpec.builder(RuntimeTypes.METER_GROUP, names.metricsField(), Modifier.PRIVATE, Modifier.FINAL)
                .build());
        for (Stage stage : model.stages()) {
            fields.add(FieldSpec.builder(
                            RuntimeTypes.STAGE_METER, names.meterField(stage), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
        }
        return fields;
    }

    /** The group, from the builder or named after the interface, and every stage's meter. */
    CodeBlock construct() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (!on()) {
            return code.build();
        }
        code.addStatement(
                "this.$N = $T.orCreate(builder.$N, $S)",
                names.metricsField(),
                RuntimeTypes.METER_GROUP,
                names.metricsField(),
                model.pipeline().simpleName());
        for (Stage stage : model.stages()) {
            code.addStatement(
                    "this.$N = this.$N.stage($S, $S, $L)",
                    names.meterField(stage),
                    names.metricsField(),
                    stage.name(),
                    stage.kind().operator(),
                    Generation.unit(stage).recordsLatency());
        }
        for (Stage stage : model.stages()) { // once every meter exists: an upstream may be declared later
            if (inDerived(stage)) {
                code.addStatement(
                        "this.$N.inAsOutOf(this.$N)", names.meterField(stage), names.meterField(model.upstream(stage)));
            }
            if (outDerived(stage)) {
                code.addStatement("this.$N.outAsInLessFailed()", names.meterField(stage));
            }
        }
        return code.build();
    }

    /**
     * Whether {@code stage}'s {@code in} is its upstream's {@code out}: it has one upstream, whose
     * only downstream it is, so every element counted out there is the next element it receives.
     * A join counts its offers itself.
     */
    private boolean inDerived(Stage stage) {
        if (stage.upstreams().size() != 1 || stage.kind().isMultiInput() || model.isReset(stage)) {
            return false;
        }
        List<Edge> downstreams = model.downstreams(model.upstream(stage));
        return downstreams.size() == 1 && downstreams.get(0).to().name().equals(stage.name());
    }

    /**
     * Whether {@code stage}'s {@code out} is {@code in - failed}: a source, or a stage emitting one
     * value for each element it does not fail on, in the same call (map, accumulate).
     */
    private boolean outDerived(Stage stage) {
        // a stage another one resets receives the resets too, and passes nothing on for them
        return (stage.kind() == StageKind.SOURCE || stage.kind().isOneToOne()) && !model.isReset(stage);
    }

    /** After the loop helpers exist: where each stage holding elements reads its depth. */
    CodeBlock depths() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (!on()) {
            return code.build();
        }
        for (Stage stage : model.stages()) {
            String held = Generation.unit(stage).depthMethod();
            if (held != null) {
                code.addStatement("this.$N.depthFrom(this.$N::$N)", names.meterField(stage), names.field(stage), held);
            }
        }
        return code.build();
    }

    /** {@code stage} received the element: one more in, unless it is derived. */
    void countIn(Stage stage, MethodScope scope) {
        if (on() && !inDerived(stage)) {
            scope.body().addStatement("this.$N.countIn()", names.meterField(stage));
        }
    }

    /** {@code stage} passed the element on: one more out, unless it is derived. */
    void countOut(Stage stage, MethodScope scope) {
        if (on() && !outDerived(stage)) {
            scope.body().addStatement("this.$N.countOut()", names.meterField(stage));
        }
    }

    /** Sink {@code stage} received the element: its latency since it entered the pipeline. */
    void sinkReached(Stage sink, MethodScope scope) {
        if (on()) {
            scope.body().addStatement("this.$N.sinkReached(this.$N)", names.metricsField(), names.meterField(sink));
        }
    }

    /** In a failure guard's {@code catch}: {@code stage}'s code failed with local {@code caught}. */
    void countFailed(Stage stage, CodeBlock.Builder body, String caught) {
        if (on()) {
            body.addStatement("this.$N.countFailed($N)", names.meterField(stage), caught);
        }
    }

    /** {@code value} offered to join {@code join}, counted in on the way: {@code this.zipMeter.countedIn(value)}. */
    CodeBlock countedInto(Stage join, String value) {
        return countedInto(join, CodeBlock.of("$N", value));
    }

    /** {@code value}, counted into {@code stage} when measured (as the twin counts what reaches a node). */
    CodeBlock countedInto(Stage stage, CodeBlock value) {
        return on() ? CodeBlock.of("this.$N.countedIn($L)", names.meterField(stage), value) : value;
    }

    /**
     * The downstream a loop stage's helper hands its elements to: {@code downstream}, or in a
     * measured pipeline {@code this.bufMeter.handingTo(downstream)}, which counts them out of the
     * stage and starts their latency clock.
     */
    CodeBlock handingTo(Stage loopStage, CodeBlock downstream) {
        return on() ? CodeBlock.of("this.$N.handingTo($L)", names.meterField(loopStage), downstream) : downstream;
    }

    /**
     * Opens what a source method runs between: the element enters the pipeline (its latency
     * clock starts) and is counted in the source (its out is derived). Returns the local saying
     * whether this call started the clock, for {@link #sourceEnd}; {@code null} when not measured.
     */
    String sourceBegin(Stage source, MethodScope scope) {
        if (!on()) {
            return null;
        }
        String entered = scope.newLocal("entered");
        scope.body()
                .addStatement("boolean $N = this.$N.enter()", entered, names.metricsField())
                .beginControlFlow("try")
                .addStatement("this.$N.countIn()", names.meterField(source));
        return entered;
    }

    /** Closes what {@link #sourceBegin} opened. */
    void sourceEnd(String entered, MethodScope scope) {
        if (entered != null) {
            scope.body()
                    .nextControlFlow("finally")
                    .addStatement("this.$N.exit($N)", names.metricsField(), entered)
                    .endControlFlow();
        }
    }

    /** The builder's {@code metrics} field and setter. */
    void addToBuilder(TypeSpec.Builder builder, ClassName builderClass) {
        if (!on()) {
            return;
        }
        builder.addField(FieldSpec.builder(RuntimeTypes.PIPELINE_METRICS, names.metricsField(), Modifier.PRIVATE)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("metrics")
                .addJavadoc(
                        "Sets the metrics the pipeline counts into (both builds: give each its own);\n"
                                + "if not set, a {@code PipelineMetrics} named {@code $L} that only Flight Recorder events show.\n",
                        model.pipeline().simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(RuntimeTypes.PIPELINE_METRICS, "metrics")
                .addStatement(
                        "this.$N = $T.requireNonNull(metrics, $S)",
                        names.metricsField(),
                        RuntimeTypes.OBJECTS,
                        "metrics")
                .addStatement("return this")
                .build());
    }

    /** The twin measures its graph from each source node into the builder's metrics. */
    CodeBlock twinWiring(List<String> sourceNodes) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (!on()) {
            return code.build();
        }
        String group = "metrics";
        code.addStatement(
                "$T $N = $T.orCreate(builder.$N, $S)",
                RuntimeTypes.METER_GROUP,
                group,
                RuntimeTypes.METER_GROUP,
                names.metricsField(),
                model.pipeline().simpleName());
        for (String node : sourceNodes) {
            code.addStatement("this.$N.withMetrics($N)", node, group);
        }
        return code.build();
    }
}
