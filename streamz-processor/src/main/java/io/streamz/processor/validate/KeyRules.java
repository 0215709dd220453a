package io.streamz.processor.validate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Rules of pipelines with keys ({@code @KeyBy}) or {@code distributed = true}: key scopes (a
 * {@code @KeyBy} starts one; joins and unions merge the scopes of their inputs, whose key types
 * must be the same), stable key types, the kinds the engine body has, and what a distributed
 * engine cannot run (state outside a key scope, {@code @MapAsync}, asynchronous sinks, types
 * without a codec): errors when the pipeline is distributed, reasons in its spec otherwise.
 */
final class KeyRules {
    private final PipelineUnderCheck p;
    private final Topology topology;
    private final TypeFlowRules types;
    private final PipelineOptions options;
    private final CodecDerivation codecs;
    /** Union-find over provisional scopes: 0 unkeyed, i + 1 for the i-th keyBy. */
    private final List<Integer> parent = new ArrayList<>(List.of(0));

    private final List<TypeMirror> keyTypes = new ArrayList<>();
    private final Map<StageView, Integer> provisional = new HashMap<>();
    private final Map<StageView, Integer> targets = new HashMap<>();
    private final List<EngineFacts.Reason> reasons = new ArrayList<>();
    private final Map<String, CodeBlock> found = new LinkedHashMap<>();

    private KeyRules(PipelineUnderCheck p, Topology topology, TypeFlowRules types, PipelineOptions options) {
        this.p = p;
        this.topology = topology;
        this.types = types;
        this.options = options;
        this.codecs = new CodecDerivation(p.types(), options.codecs());
        keyTypes.add(null);
    }

    /** The facts the engine body needs, or {@code null} for a pipeline with neither keys nor {@code distributed}. */
    static EngineFacts check(PipelineUnderCheck p, Topology topology, TypeFlowRules types, PipelineOptions options) {
        boolean keyed = p.stages().stream().anyMatch(s -> s.kind() == StageKind.KEY_BY);
        if (!keyed && !options.distributed()) {
            return null;
        }
        return new KeyRules(p, topology, types, options).run(keyed);
    }

    private EngineFacts run(boolean keyed) {
        for (StageView stage : p.stages()) {
            String asynchronous = asynchronous(stage);
            if (asynchronous != null) {
                p.error(
                        stage.method(),
                        stage.annotation(),
                        options.distributed() ? ProblemCode.NOT_DISTRIBUTABLE : ProblemCode.KEYED_UNSUPPORTED,
                        asynchronous);
            } else if (!stage.decl().resetBy().isEmpty()) {
                p.error(
                        stage,
                        "resetBy",
                        ProblemCode.KEYED_UNSUPPORTED,
                        stage.describe() + " cannot be reset by '"
                                + stage.decl().resetBy() + "' in a pipeline"
                                + " with @KeyBy or distributed = true yet: the engine body keeps the state per key"
                                + " and has no reset from another stage so far. Move this stage to a pipeline"
                                + " without keys, or fold the reset into the accumulator: a @Union of the elements"
                                + " and reset markers under the same key, the method starting over on a marker.");
            }
            scope(stage);
        }
        if (!p.report().problems().isEmpty()) {
            return null;
        }
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        numbers.put(0, 0);
        List<TypeName> scopeKeys = new ArrayList<>();
        scopeKeys.add(null);
        for (StageView stage : p.stages()) {
            if (stage.kind() == StageKind.KEY_BY) {
                int root = find(targets.get(stage));
                if (!numbers.containsKey(root)) {
                    numbers.put(root, numbers.size());
                    scopeKeys.add(TypeName.get(keyTypes.get(root)));
                }
            }
        }
        for (StageView stage : p.stages()) {
            scopes.put(stage.name(), numbers.get(find(provisional.get(stage))));
            distributable(stage, scopes.get(stage.name()));
        }
        Map<String, Integer> keyByTargets = new LinkedHashMap<>();
        targets.forEach((stage, scope) -> keyByTargets.put(stage.name(), numbers.get(find(scope))));
        if (options.distributed()) {
            for (EngineFacts.Reason reason : reasons) {
                StageView stage = p.stage(reason.stage()).orElseThrow();
                p.error(
                        stage.method(),
                        stage.annotation(),
                        ProblemCode.byId(reason.code()).orElseThrow(),
                        reason.message());
            }
            reasons.clear();
        }
        return new EngineFacts(options.distributed(), keyed, scopes, keyByTargets, scopeKeys, found, reasons);
    }

    /**
     * Why {@code stage} can never run in the engine body, which runs every record to its end
     * synchronously (a buffer, a mapAsync, an asynchronous sink), with what to do instead; or
     * {@code null}.
     */
    private static String asynchronous(StageView stage) {
        if (stage.kind() == StageKind.BUFFER) {
            return stage.describe() + " cannot be in a pipeline with @KeyBy or distributed = true: a buffer lets"
                    + " a producer run ahead of a slow asynchronous consumer on the event loop, but the engine"
                    + " body runs every record to its end synchronously, key by key (on a distributed engine"
                    + " the topics between tasks buffer), so it would never hold anything. Remove it; to absorb"
                    + " bursts, buffer in a pipeline without keys whose sink calls this pipeline's source.";
        }
        if (stage.kind() == StageKind.LATEST) {
            return stage.describe() + " cannot be in a pipeline with @KeyBy or distributed = true: a latest"
                    + " drops the values a slow asynchronous consumer on the event loop has no time for, but"
                    + " the engine body runs every record to its end synchronously, key by key, so it would"
                    + " never drop anything. Remove it; to keep only the newest value, put it in a pipeline"
                    + " without keys whose sink calls this pipeline's source.";
        }
        if (stage.kind() == StageKind.MAP_ASYNC || isAsyncSink(stage)) {
            return stage.describe() + " is asynchronous, which the engine body of a pipeline with @KeyBy or"
                    + " distributed = true cannot run: it runs every record to its end synchronously, inside"
                    + " the engine's task, and a key's state cannot wait for a result while the key's next"
                    + " record overtakes it. Make it synchronous (a @Map, a void @Sink), or leave it out of the"
                    + " pipeline and run it on what an output @Sink writes.";
        }
        return null;
    }

    private static boolean isAsyncSink(StageView stage) {
        return stage.kind() == StageKind.SINK && stage.returnType().getKind() != TypeKind.VOID;
    }

    /** The provisional scope of {@code stage}, merging its inputs' scopes (a join or union). */
    private void scope(StageView stage) {
        List<Topology.Input> inputs = topology.inputs(stage);
        int scope = inputs.isEmpty() ? 0 : incoming(inputs.get(0).upstream());
        for (int i = 1; i < inputs.size(); i++) {
            int other = incoming(inputs.get(i).upstream());
            if (find(other) == find(scope)) {
                continue;
            }
            TypeMirror a = keyTypes.get(find(scope));
            TypeMirror b = keyTypes.get(find(other));
            if (a == null || b == null || !p.types().isSameType(a, b)) {
                p.error(
                        stage,
                        "from",
                        ProblemCode.KEY_MISMATCH,
                        stage.describe() + " joins " + describeKey(a) + " (from "
                                + inputs.get(0).name() + ") with "
                                + describeKey(b) + " (from " + inputs.get(i).name() + "). Inputs of a join or union"
                                + " must be keyed by the same type: add a @KeyBy with the same key type before each"
                                + " input.");
            } else {
                parent.set(find(other), find(scope));
            }
        }
        provisional.put(stage, scope);
        if (stage.kind() == StageKind.KEY_BY && p.key(stage) != null) {
            int target = parent.size();
            parent.add(target);
            TypeMirror key = p.keyType(stage);
            keyTypes.add(key);
            targets.put(stage, target);
            String unstable = KeyStability.problem(p, key);
            if (unstable != null) {
                p.error(
                        stage,
                        "key",
                        ProblemCode.UNSTABLE_KEY,
                        stage.describe() + " keys by "
                                + (unstable.startsWith(TypeText.of(key) + ", ")
                                        ? unstable // "Object, which may hold anything": named once
                                        : TypeText.of(key) + ", " + unstable)
                                + ". Key by a value type: a String, a number, an enum or a record of them.");
            }
        }
    }

    /** The scope a stage's downstreams see: a keyBy's target, otherwise the stage's own. */
    private int incoming(StageView upstream) {
        Integer target = targets.get(upstream);
        return target != null ? target : provisional.getOrDefault(upstream, 0);
    }

    private int find(int scope) {
        int root = scope;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private static String describeKey(TypeMirror key) {
        return key == null ? "an unkeyed stream" : "a stream keyed by " + TypeText.of(key);
    }

    /** What keeps {@code stage} from running on a distributed engine, and its codecs. */
    private void distributable(StageView stage, int scope) {
        StageKind kind = stage.kind();
        if (kind.isStateful() && scope == 0) {
            reason(
                    stage,
                    ProblemCode.UNKEYED_STATE,
                    stage.describe() + " keeps state, but no @KeyBy precedes it, so"
                            + " a distributed engine cannot partition it. Add a @KeyBy before it; a constant key (e.g."
                            + " 'default String all(T x) { return \"all\"; }') runs it on one partition.");
        }
        List<TypeMirror> needed = new ArrayList<>();
        switch (kind) {
            case SOURCE -> needed.add(stage.parameters().get(0).asType());
            case SINK -> {
                if (stage.isAbstract()) {
                    needed.add(stage.parameters().get(0).asType());
                }
            }
            case KEY_BY -> {
                needed.add(types.output(stage));
                needed.add(p.keyType(stage));
            }
            case ACCUMULATE -> needed.add(stage.parameters().get(0).asType());
            case UNIQUE -> needed.add(p.key(stage) != null ? p.keyType(stage) : types.output(stage));
            case SLIDING_WINDOW, DELAY, RATE_LIMIT -> needed.add(types.output(stage));
            case TIMED_WINDOW -> needed.add(windowElement(types.output(stage)));
            case FREQUENCIES -> needed.add(types.output(stage));
            case PARTITION_UNIQUE, TIMED_WINDOW_UNIQUE -> {
                needed.add(windowElement(types.output(stage)));
                if (p.key(stage) != null) {
                    needed.add(p.keyType(stage));
                }
            }
            case PARTITION -> {
                needed.add(types.output(stage));
                if (p.key(stage) != null) {
                    needed.add(p.keyType(stage));
                }
            }
            case ZIP, COMBINE_LATEST, ZIP_LATEST ->
                topology.inputs(stage).forEach(input -> needed.add(types.output(input.upstream())));
            default -> {}
        }
        for (TypeMirror type : needed) {
            CodecDerivation.Result codec = codecs.of(type);
            if (codec.found()) {
                found.put(TypeName.get(type).toString(), codec.codec());
            } else {
                reason(
                        stage,
                        ProblemCode.MISSING_CODEC,
                        stage.describe() + " needs a codec for " + TypeText.of(type)
                                + ": " + codec.missing() + ". List a class implementing io.streamz.codec.Codec<"
                                + TypeText.of(type) + "> in @Pipeline(codecs = ...).");
            }
        }
    }

    /** {@code E} of the {@code List<E>} a timed window emits: what its pending queue holds. */
    private static TypeMirror windowElement(TypeMirror list) {
        return ((DeclaredType) list).getTypeArguments().get(0);
    }

    private void reason(StageView stage, ProblemCode code, String message) {
        reasons.add(new EngineFacts.Reason(stage.name(), code.id(), message));
    }
}
