package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The {@code java.lang} types generated code names besides the boxes of primitives: a type
     * of the same simple name in the pipeline's package would shadow them, and they are then
     * written in full ({@code PipelineModel#qualifiedNames}).
     */
    public static final List<String> JAVA_LANG_TYPES = List.of(
            "Override",
            "SuppressWarnings",
            "AutoCloseable",
            "String",
            "Object",
            "Void",
            "RuntimeException",
            "Throwable",
            "IllegalStateException",
            "UnsupportedOperationException",
            "Boolean",
            "Byte",
            "Short",
            "Character",
            "Integer",
            "Long",
            "Float",
            "Double");

    /**
     * Restricted identifiers a method may be named, but not called unqualified: such a call is
     * written {@code this.yield(...)}.
     */
    private static final Set<String> QUALIFIED_CALLS = Set.of("yield");

    private final PipelineModel model;
    private final Set<String> reserved;
    private final Map<String, String> segmentMethods = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, List<String>> parameters = new HashMap<>();
    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> failureMembers = new HashMap<>();
    private final List<String> wiringMethods = new ArrayList<>();
    private String loopField;
    private String closedField;
    private String engineContextField;
    private String engineUserField;
    private String specField;
    private String localEngineField;
    private String twinKeyedMethod;
    private String twinKeysField;
    private String twinRootField;
    private String twinBuilderField;
    private String closeEntriesMethod;
    private final List<String> scopeWiringMethods = new ArrayList<>();

    /** The metrics group's field and each stage's meter field, when the pipeline is measured. */
    private String metricsField;

    private final Map<String, String> meterFields = new HashMap<>();

    private Names(PipelineModel model) {
        this.model = model;
        this.reserved = reserved(model);
    }

    /**
     * The names no generated field, local or parameter may take, because generated code uses
     * them as the first identifier of an expression, where a variable would shadow them: the
     * simple names of the runtime and JDK types it calls static methods of, the interface's
     * outermost simple name (a static {@code start} method is called on it), and the roots of
     * their packages (written when JavaPoet has to qualify a type).
     */
    private static Set<String> reserved(PipelineModel model) {
        Set<String> reserved = new HashSet<>();
        List<ClassName> types = new ArrayList<>(RuntimeTypes.all());
        types.add(model.pipeline());
        for (ClassName type : types) {
            reserved.add(type.simpleNames().get(0));
            String root = type.packageName();
            reserved.add(root.contains(".") ? root.substring(0, root.indexOf('.')) : root);
        }
        reserved.remove("");
        return reserved;
    }

    /** An allocator for variables, holding every reserved name already. */
    private NameAllocator variables() {
        NameAllocator allocator = new NameAllocator();
        for (String name : reserved) {
            allocator.newName(name, "reserved:" + name);
        }
        return allocator;
    }

    /** The names for {@code model}'s generated class. */
    public static Names of(PipelineModel model) {
        Names names = new Names(model);
        names.allocate();
        return names;
    }

    /** {@code com.acme.Totals} -> {@code com.acme.Streamz_Totals}; {@code Outer.Totals} -> {@code Streamz_Outer_Totals}. */
    public static ClassName generatedClass(ClassName pipeline) {
        return PipelineModel.generatedClass(pipeline);
    }

    /**
     * The generated class's nested builder: {@code Builder}, unless the interface declares or
     * inherits a member type of that name, which would shadow it inside the interpreted twin (a
     * class implementing the interface): then {@code StreamzBuilder}.
     */
    static ClassName builderClass(PipelineModel model) {
        return generatedClass(model.pipeline()).nestedClass(unshadowed(model, BUILDER));
    }

    /** The generated class's nested interpreted twin: {@code Interpreted}, as {@link #builderClass}. */
    static ClassName twinClass(PipelineModel model) {
        return generatedClass(model.pipeline()).nestedClass(unshadowed(model, TWIN));
    }

    /** {@code name}, or a name no member type of the interface has (those are in its qualified names). */
    private static String unshadowed(PipelineModel model, String name) {
        String free = model.qualifiedNames().contains(name) ? "Streamz" + name : name;
        while (model.qualifiedNames().contains(free)) {
            free += "_";
        }
        return free;
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
        NameAllocator fields = variables();
        for (Stage stage : model.stages()) {
            this.fields.put(stage.name(), fields.newName(stage.name(), "field:" + stage.name()));
            NameAllocator parameters = variables();
            List<String> names = new ArrayList<>();
            for (String parameter : stage.parameterNames()) {
                names.add(parameters.newName(parameter, new Object()));
            }
            this.parameters.put(stage.name(), List.copyOf(names));
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
        if (model.hasEngine()) {
            engineContextField = fields.newName("context", "engine:context");
            engineUserField = fields.newName("user", "engine:user");
            specField = fields.newName("SPEC", "engine:spec");
            localEngineField = fields.newName("engine", "engine:local");
            twinKeysField = fields.newName("keys", "twin:keys");
            twinRootField = fields.newName("root", "twin:root");
            twinKeyedMethod = methods.newName("keyed", "twin:keyed");
            for (Stage stage : model.stages()) {
                if (stage.kind().usesLoop()) {
                    members.put(
                            key("engine:helper", stage),
                            fields.newName(stage.name() + "Helper", key("engine:helper", stage)));
                    members.put(
                            key("engine:after", stage),
                            methods.newName("after" + capitalized(stage.name()), key("engine:after", stage)));
                }
                if (stage.kind().isJoin()) {
                    members.put(
                            key("engine:offer", stage),
                            methods.newName("offer" + capitalized(stage.name()), key("engine:offer", stage)));
                }
            }
            twinBuilderField = fields.newName("builder", "twin:builder");
            closeEntriesMethod = methods.newName("closeEntries", "twin:closeEntries");
            for (int scope = 0; scope < model.engine().scopeKeys().size(); scope++) {
                scopeWiringMethods.add(methods.newName("wireScope" + scope, "twin:scope" + scope));
            }
        }
        if (model.metrics()) { // after every other name: an unmeasured pipeline's names stay as they are
            metricsField = fields.newName("metrics", "metrics");
            for (Stage stage : model.stages()) {
                meterFields.put(stage.name(), fields.newName(stage.name() + "Meter", "meter:" + stage.name()));
            }
        }
        if (model.stages().size() > TwinWriter.WIRING_CHUNK) {
            for (int chunk = 0; chunk * TwinWriter.WIRING_CHUNK < model.stages().size(); chunk++) {
                wiringMethods.add(methods.newName("wire" + chunk, "wire:" + chunk));
            }
        }
        for (FailureSink sink : model.failureSinks()) { // last: pipelines without one keep their names
            String name = sink.name();
            failureMembers.put("field:" + name, fields.newName(name, "failure-field:" + name));
            failureMembers.put("node:" + name, fields.newName(name + "Node", "failure-node:" + name));
            failureMembers.put("sink:" + name, fields.newName(name + "Sink", "failure-sink:" + name));
            failureMembers.put("consumer:" + name, fields.newName(name + "Consumer", "failure-consumer:" + name));
            failureMembers.put(
                    "route:" + name, methods.newName("routeTo" + capitalized(name), "failure-route:" + name));
            failureMembers.put("parameter:" + name, variables().newName(sink.parameterName(), new Object()));
        }
    }

    /**
     * A member generated for error route {@code sink}, by role: {@code field} (its consumer in the
     * fused class and the builder), {@code node}, {@code sink} and {@code consumer} (the twin's
     * error stream, its sink node and consumer), {@code route} (the fused class's method routing
     * a failure to it), {@code parameter} (its method's parameter).
     */
    String failureMember(String role, FailureSink sink) {
        String name = failureMembers.get(role + ":" + sink.name());
        if (name == null) {
            throw new IllegalArgumentException("no " + role + " allocated for " + sink.name());
        }
        return name;
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

    /** The private method running the segment that starts with {@code first}: {@code runParse}. */
    public String segmentMethod(Stage first) {
        return segmentMethods.get(first.name());
    }

    /**
     * The field holding a stage's state, consumer, window, join or twin node, and a sink's field
     * in the builder: the stage's own name, unless generated code needs that name for a type.
     */
    public String field(Stage stage) {
        return fields.get(stage.name());
    }

    /**
     * The name of parameter {@code index} of {@code stage}'s method where the generated classes
     * implement it: the user's name, unless generated code needs that name for a type.
     */
    public String parameter(Stage stage, int index) {
        return parameters.get(stage.name()).get(index);
    }

    /**
     * How generated code calls the interface's own method {@code method}: by its name, or as
     * {@code this.yield} for a name that cannot be called unqualified.
     */
    static CodeBlock call(String method) {
        return QUALIFIED_CALLS.contains(method) ? CodeBlock.of("this.$N", method) : CodeBlock.of("$N", method);
    }

    /** The twin's method wiring the nodes of chunk {@code chunk} of a large pipeline: {@code wire0}. */
    String wiringMethod(int chunk) {
        return wiringMethods.get(chunk);
    }

    /** The field (and builder field) holding the event loop of a pipeline with loop stages. */
    public String loopField() {
        return loopField;
    }

    /** The field (and builder field) holding a measured pipeline's metrics group. */
    String metricsField() {
        return metricsField;
    }

    /** The field of the fused class holding {@code stage}'s meter, in a measured pipeline. */
    String meterField(Stage stage) {
        return meterFields.get(stage.name());
    }

    /** The field of the fused class saying whether {@code close()} was called. */
    public String closedField() {
        return closedField;
    }

    /** The {@code Engine}'s field holding its {@code EngineContext}. */
    String engineContextField() {
        return engineContextField;
    }

    /** The {@code Engine}'s field holding the user's functions. */
    String engineUserField() {
        return engineUserField;
    }

    /** The static field holding the pipeline's spec. */
    String specField() {
        return specField;
    }

    /** The keyed pipeline's field holding its {@code LocalEngine}. */
    String localEngineField() {
        return localEngineField;
    }

    /** The keyed twin's method giving the subgraph of a scope and key. */
    String twinKeyedMethod() {
        return twinKeyedMethod;
    }

    /** The keyed twin's field holding the subgraphs by scope and key. */
    String twinKeysField() {
        return twinKeysField;
    }

    /** The keyed twin's field holding the builder, for the subgraphs of new keys. */
    String twinBuilderField() {
        return twinBuilderField;
    }

    /** The keyed twin's method closing a subgraph's entry nodes. */
    String closeEntriesMethod() {
        return closeEntriesMethod;
    }

    /** The keyed twin's method wiring the nodes of scope {@code scope}. */
    String scopeWiringMethod(int scope) {
        return scopeWiringMethods.get(scope);
    }

    /** The keyed twin's field holding the twin that owns the subgraphs. */
    String twinRootField() {
        return twinRootField;
    }

    /** A fresh allocator for the locals of one method, which never gives a reserved name. */
    NameAllocator locals() {
        return variables();
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
