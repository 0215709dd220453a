package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Every naming rule of the generated code in one place. Members are allocated once per
 * pipeline, in declaration order, so the output is stable; a name the interface already uses
 * is never reused for a generated method.
 */
public final class Names {
    /** The nested builder class. */
    static final String BUILDER = "Builder";
    /** The nested interpreted twin. */
    static final String TWIN = "Interpreted";

    private final PipelineModel model;
    private final Map<String, String> segmentMethods = new HashMap<>();
    private final Map<String, String> startedFlags = new HashMap<>();
    private final Map<String, String> twinConsumers = new HashMap<>();
    private final Map<String, String> tupleReaders = new HashMap<>();
    private final Map<String, String> tupleCallbacks = new HashMap<>();
    private final Map<String, String> afterMethods = new HashMap<>();
    private String loopField;
    private String requireSink;

    private Names(PipelineModel model) {
        this.model = model;
    }

    /** The names for {@code model}'s generated class. */
    public static Names of(PipelineModel model) {
        Names names = new Names(model);
        names.allocate();
        return names;
    }

    /** {@code com.acme.Totals} -> {@code com.acme.Streamz_Totals}; {@code Outer.Totals} -> {@code Streamz_Outer_Totals}. */
    public static ClassName generatedClass(ClassName pipeline) {
        return ClassName.get(pipeline.packageName(), "Streamz_" + String.join("_", pipeline.simpleNames()));
    }

    /** The DOT resource next to the generated class: {@code Streamz_Totals.dot}. */
    public static String dotFile(ClassName pipeline) {
        return generatedClass(pipeline).simpleName() + ".dot";
    }

    private void allocate() {
        NameAllocator methods = new NameAllocator();
        for (String member : model.memberNames()) {
            methods.newName(member, "member:" + member);
        }
        requireSink = methods.newName("requireSink", "requireSink");
        NameAllocator fields = new NameAllocator();
        for (Stage stage : model.stages()) {
            fields.newName(stage.name(), "field:" + stage.name());
        }
        for (Stage stage : model.stages()) {
            segmentMethods.put(
                    stage.name(), methods.newName("run" + capitalized(stage.name()), "segment:" + stage.name()));
            if (stage.kind() == StageKind.ACCUMULATE && stage.options().start() == null) {
                startedFlags.put(stage.name(), fields.newName(stage.name() + "Started", "started:" + stage.name()));
            }
            if (stage.kind() == StageKind.SINK && !stage.userBody()) {
                twinConsumers.put(stage.name(), fields.newName(stage.name() + "Consumer", "consumer:" + stage.name()));
            }
            if (stage.kind().isJoin() && stage.userBody()) {
                tupleReaders.put(stage.name(), methods.newName(stage.name() + "OfTuple", "tuple:" + stage.name()));
            }
            if (stage.kind() == StageKind.ZIP && stage.userBody()) {
                tupleCallbacks.put(
                        stage.name(),
                        methods.newName(
                                "run" + capitalized(stage.name()) + "OfTuple", "tupleCallback:" + stage.name()));
            }
            if (stage.kind().usesLoop()) {
                afterMethods.put(
                        stage.name(), methods.newName("after" + capitalized(stage.name()), "after:" + stage.name()));
            }
        }
        if (model.usesLoop()) {
            loopField = fields.newName("loop", "loop");
        }
    }

    /** The static method checking that a sink's consumer was set. */
    public String requireSink() {
        return requireSink;
    }

    /** The private method running the segment that starts with {@code first}: {@code runParse}. */
    public String segmentMethod(Stage first) {
        return segmentMethods.get(first.name());
    }

    /** The field holding a stage's state, consumer, window or join: the stage's own name. */
    public String field(Stage stage) {
        return stage.name();
    }

    /** The flag telling whether an accumulate without start has seen its first element. */
    public String startedFlag(Stage accumulate) {
        return startedFlags.get(accumulate.name());
    }

    /** The interpreted twin's field for an abstract sink's consumer (its node takes the stage name). */
    public String twinConsumer(Stage sink) {
        return twinConsumers.get(sink.name());
    }

    /** The method applying a default join method to a tuple, in both generated classes. */
    public String tupleReader(Stage join) {
        return tupleReaders.get(join.name());
    }

    /**
     * The method a lock-step zip's queue calls with a tuple once its inputs are out of step: it
     * unpacks the tuple into the zip segment's parameters, {@code runSumOfTuple}.
     */
    public String tupleCallback(Stage zip) {
        return tupleCallbacks.get(zip.name());
    }

    /** The method a loop stage's helper calls when the stage has several downstreams: {@code afterDelayed}. */
    public String afterMethod(Stage loopStage) {
        return afterMethods.get(loopStage.name());
    }

    /** The field (and builder field) holding the event loop of a pipeline with loop stages. */
    public String loopField() {
        return loopField;
    }

    /** A fresh allocator for the locals of one method. */
    public static NameAllocator locals() {
        return new NameAllocator();
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
