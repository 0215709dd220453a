package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.HashMap;
import java.util.Map;

/**
 * Every naming rule of the generated code in one place. Members are allocated once per
 * pipeline, in declaration order, so the output is stable; a name the interface already uses
 * is never reused for a generated method. The members a stage kind needs besides its segment
 * method and field (a flag, a helper method) are asked for by its {@link StageUnit}, under a role.
 */
public final class Names {
    /** The nested builder class. */
    static final String BUILDER = "Builder";
    /** The nested interpreted twin. */
    static final String TWIN = "Interpreted";

    private final PipelineModel model;
    private final Map<String, String> segmentMethods = new HashMap<>();
    private final Map<String, String> members = new HashMap<>();
    private String loopField;
    private String closedField;
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

    /** Allocates the members one stage kind needs, each under a role of the unit's choosing. */
    final class Allocation {
        private final NameAllocator methods;
        private final NameAllocator fields;

        private Allocation(NameAllocator methods, NameAllocator fields) {
            this.methods = methods;
            this.fields = fields;
        }

        /** A method of the generated classes for {@code stage}, named like {@code suggestion}. */
        void method(String role, Stage stage, String suggestion) {
            members.put(key(role, stage), methods.newName(suggestion, key(role, stage)));
        }

        /** A field of the generated classes for {@code stage}, named like {@code suggestion}. */
        void field(String role, Stage stage, String suggestion) {
            members.put(key(role, stage), fields.newName(suggestion, key(role, stage)));
        }
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
        Allocation allocation = new Allocation(methods, fields);
        for (Stage stage : model.stages()) {
            segmentMethods.put(
                    stage.name(), methods.newName("run" + capitalized(stage.name()), "segment:" + stage.name()));
            Generation.unit(stage).allocateNames(stage, allocation);
        }
        if (model.usesLoop()) {
            loopField = fields.newName("loop", "loop");
        }
        closedField = fields.newName("closed", "closed");
    }

    private static String key(String role, Stage stage) {
        return role + ":" + stage.name();
    }

    /** The member its unit allocated for {@code stage} under {@code role}. */
    String member(String role, Stage stage) {
        String name = members.get(key(role, stage));
        if (name == null) {
            throw new IllegalArgumentException("no " + role + " allocated for " + stage.name());
        }
        return name;
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

    /** The field (and builder field) holding the event loop of a pipeline with loop stages. */
    public String loopField() {
        return loopField;
    }

    /** The field of the fused class saying whether {@code close()} was called. */
    public String closedField() {
        return closedField;
    }

    /** A fresh allocator for the locals of one method. */
    public static NameAllocator locals() {
        return new NameAllocator();
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
