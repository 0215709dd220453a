package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageKind.Upstream;
import io.streamz.processor.validate.Topology.Input;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * Rules on the graph: unique stage names, {@code from} names that exist and are not sinks,
 * sources present, every stage reachable from one, stages reading only from stages declared
 * before them, and no cycles.
 */
final class TopologyRules {
    private TopologyRules() {}

    static Topology check(PipelineUnderCheck p) {
        checkDuplicateNames(p);
        Topology topology = resolve(p);
        boolean hasSource = p.stages().stream().anyMatch(s -> s.kind() == StageKind.SOURCE);
        if (!hasSource) {
            p.error(
                    p.type(),
                    ProblemCode.NO_SOURCE,
                    p.simpleName() + " has no @Source, so no element can ever enter it. Declare an"
                            + " abstract entry point such as '@Source void emit(String line);' before the"
                            + " first stage.");
        }
        Set<StageView> inCycles = CycleRule.check(p, topology);
        topology.markOnCycle(inCycles);
        checkForwardReferences(p, topology, inCycles);
        if (hasSource) {
            checkReachable(p, topology, inCycles);
        }
        return topology;
    }

    private static void checkDuplicateNames(PipelineUnderCheck p) {
        Map<String, StageView> first = new HashMap<>();
        for (StageView stage : p.stages()) {
            StageView earlier = first.putIfAbsent(stage.name(), stage);
            if (earlier != null) {
                p.brokenStage(
                        stage,
                        ProblemCode.DUPLICATE_STAGE_NAME,
                        stage.describe() + " has the same name as " + earlier.describe() + " declared above it"
                                + "; stages are named after their methods, so the name would be"
                                + " ambiguous (stage methods cannot be overloaded). Rename one of them.");
            }
        }
    }

    private static Topology resolve(PipelineUnderCheck p) {
        Topology topology = new Topology();
        List<StageView> stages = p.stages();
        for (StageView stage : stages) {
            StageView previous = stage.index() > 0 ? stages.get(stage.index() - 1) : null;
            List<Upstream> upstreams =
                    stage.kind().upstreams(stage.decl().from(), previous == null ? null : previous.name());
            List<Input> inputs = new ArrayList<>();
            for (Upstream upstream : upstreams) {
                AnnotationValue value = fromValue(stage, upstream);
                if (upstream.isImplicit() || value != null && value.getValue() instanceof String) {
                    inputs.add(new Input(
                            upstream.name(), value, p.stage(upstream.name()).orElse(null)));
                }
            }
            if (upstreams.isEmpty()
                    && stage.kind() != StageKind.SOURCE
                    && !stage.kind().isMultiInput()) {
                topology.cut(stage);
            }
            topology.put(stage, inputs);
            for (Input input : inputs) {
                checkInput(p, topology, stage, input);
            }
        }
        return topology;
    }

    /** The {@code from} value naming {@code upstream}, for diagnostics; {@code null} for the implicit one. */
    private static AnnotationValue fromValue(StageView stage, Upstream upstream) {
        if (upstream.isImplicit()) {
            return null;
        }
        if (!stage.kind().isMultiInput()) {
            return stage.explicit("from").orElse(null);
        }
        List<AnnotationValue> values = stage.stringValues("from");
        return upstream.fromIndex() < values.size() ? values.get(upstream.fromIndex()) : null;
    }

    private static void checkInput(PipelineUnderCheck p, Topology topology, StageView stage, Input input) {
        if (input.upstream() == null) {
            topology.cut(stage);
            p.error(
                    stage.method(),
                    stage.annotation(),
                    input.value(),
                    ProblemCode.UNKNOWN_UPSTREAM,
                    "from = \"" + input.name() + "\" names no stage in " + p.simpleName() + "."
                            + Spelling.suggestion(input.name(), p.stageNames(), "stages"));
            return;
        }
        if (input.upstream().kind() == StageKind.SINK) {
            topology.cut(stage);
            StageView sink = input.upstream();
            String how = input.isImplicit()
                    ? "is declared right after " + sink.describe() + " and so reads from it"
                    : "reads from " + sink.describe();
            List<Input> sinkInputs = topology.inputs(sink);
            String fix = sinkInputs.size() == 1 && sinkInputs.get(0).upstream() != null
                    ? " Set from = \"" + sinkInputs.get(0).name() + "\" to receive what '" + sink.name() + "' receives."
                    : " Set from = \"...\" to name a stage that emits.";
            p.error(
                    stage.method(),
                    stage.annotation(),
                    input.value(),
                    ProblemCode.UPSTREAM_IS_SINK,
                    stage.describe() + " " + how + ", but a sink emits nothing." + fix);
        }
    }

    /** The model lists stages in data-flow order: a from name must be declared earlier. */
    private static void checkForwardReferences(PipelineUnderCheck p, Topology topology, Set<StageView> inCycles) {
        for (StageView stage : p.stages()) {
            if (inCycles.contains(stage)) {
                continue;
            }
            for (Input input : topology.inputs(stage)) {
                StageView upstream = input.upstream();
                if (upstream != null && upstream.index() > stage.index()) {
                    p.error(
                            stage.method(),
                            stage.annotation(),
                            input.value(),
                            ProblemCode.FORWARD_REFERENCE,
                            "from = \"" + input.name() + "\" names a stage declared after "
                                    + stage.describe() + "; a stage reads only from stages declared"
                                    + " above it, so the interface reads top-down like the data flow."
                                    + " Move '" + stage.name() + "' below '" + upstream.name() + "'.");
                }
            }
        }
    }

    /**
     * A non-source stage without an upstream (declared before every stage, without from) cuts
     * off itself and what hangs below it. Reported once, on that stage, listing what is cut off.
     */
    private static void checkReachable(PipelineUnderCheck p, Topology topology, Set<StageView> inCycles) {
        for (StageView stage : p.stages()) {
            if (stage.kind() == StageKind.SOURCE || !topology.inputs(stage).isEmpty() || !topology.isCut(stage)) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (StageView lost : unreachableFrom(topology, stage, inCycles)) {
                path.append("\n    ").append(lost.name());
            }
            p.error(
                    stage.method(),
                    ProblemCode.UNREACHABLE_STAGE,
                    stage.describe() + " is not reachable from any @Source: it is declared before every"
                            + " other stage and has no from, so it has no upstream. Unreachable:" + path
                            + "\nDeclare it after the @Source it should read from, or set from = \"...\".");
        }
    }

    /** {@code root} and every stage that receives elements only through it. */
    private static List<StageView> unreachableFrom(Topology topology, StageView root, Set<StageView> inCycles) {
        Set<StageView> lost = new LinkedHashSet<>();
        Deque<StageView> work = new ArrayDeque<>();
        work.add(root);
        while (!work.isEmpty()) {
            StageView stage = work.poll();
            if (!lost.add(stage)) {
                continue;
            }
            for (StageView downstream : topology.downstreams(stage)) {
                boolean onlyLost = topology.inputs(downstream).stream()
                        .allMatch(i -> i.upstream() == null || lost.contains(i.upstream()) || i.upstream() == stage);
                if (onlyLost && !inCycles.contains(downstream)) {
                    work.add(downstream);
                }
            }
        }
        return new ArrayList<>(lost);
    }
}
