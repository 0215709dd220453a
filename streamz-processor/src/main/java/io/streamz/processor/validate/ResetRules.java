package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.validate.Topology.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules of an accumulate's {@code resetBy}: it names a stage that emits, declared above the
 * accumulate, which is neither the accumulate's upstream (the runtime refuses a stream reset by
 * itself) nor downstream of it (a cycle); and the accumulate has a start to go back to.
 */
final class ResetRules {
    private ResetRules() {}

    static void check(PipelineUnderCheck p, Topology topology) {
        for (StageView stage : p.stages()) {
            if (stage.kind() == StageKind.ACCUMULATE && !stage.decl().resetBy().isEmpty()) {
                check(p, topology, stage);
            }
        }
    }

    private static void check(PipelineUnderCheck p, Topology topology, StageView stage) {
        String name = stage.decl().resetBy();
        if (stage.decl().start().isEmpty()) {
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.RESET_NEEDS_START,
                    stage.describe() + " has resetBy = \"" + name + "\" but no start: a reset sets the state"
                            + " back to its start. Add start = \"...\" naming a default method that returns"
                            + " the initial state.");
        }
        Optional<StageView> found = p.stage(name);
        if (found.isEmpty()) {
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.UNKNOWN_RESET_STAGE,
                    "resetBy = \"" + name + "\" names no stage in " + p.simpleName() + "."
                            + Spelling.suggestion(name, p.stageNames(), "stages"));
            return;
        }
        StageView reset = found.get();
        List<StageView> path = pathDown(topology, stage, reset);
        if (path != null) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < path.size(); i++) {
                text.append("\n    ")
                        .append(i == 0 ? "   " : "-> ")
                        .append(path.get(i).name());
            }
            text.append("\n    -> ").append(stage.name()).append(" (reset)");
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.RESET_CYCLE,
                    stage.describe() + " is reset by "
                            + (reset == stage ? "itself" : reset.describe() + ", which is downstream of it")
                            + ", a cycle; a @Pipeline must be acyclic because fused code passes each element"
                            + " straight down. The cycle:" + text + "\nName a stage that is not fed by '"
                            + stage.name() + "', such as a second @Source.");
            return;
        }
        if (reset.kind() == StageKind.SINK) {
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.RESET_BY_SINK,
                    stage.describe() + " is reset by " + reset.describe() + ", but a sink emits nothing, so it"
                            + " would never reset. Name the stage the sink reads from, or another stage that emits.");
            return;
        }
        if (isUpstream(topology, stage, reset)) {
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.RESET_IS_UPSTREAM,
                    stage.describe() + " is reset by its own upstream '" + name + "': every element would both"
                            + " reset it and be accumulated. Name another stage, such as a @Filter on '"
                            + name + "' passing the elements that should reset it.");
            return;
        }
        if (reset.index() > stage.index()) {
            p.error(
                    stage,
                    "resetBy",
                    ProblemCode.RESET_FORWARD_REFERENCE,
                    "resetBy = \"" + name + "\" names a stage declared after " + stage.describe()
                            + "; a stage reads only from stages declared above it, so the interface reads"
                            + " top-down like the data flow. Move '" + stage.name() + "' below '" + name + "'.");
        }
    }

    private static boolean isUpstream(Topology topology, StageView stage, StageView reset) {
        for (Input input : topology.inputs(stage)) {
            if (input.upstream() == reset) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stages from {@code from} down to {@code target} along the declared edges (both ends
     * included), or {@code null} when {@code target} is not downstream of {@code from}.
     */
    private static List<StageView> pathDown(Topology topology, StageView from, StageView target) {
        List<StageView> path = new ArrayList<>();
        return walk(topology, from, target, path, new ArrayList<>()) ? path : null;
    }

    private static boolean walk(
            Topology topology, StageView stage, StageView target, List<StageView> path, List<StageView> seen) {
        if (seen.contains(stage)) {
            return false;
        }
        seen.add(stage);
        path.add(stage);
        if (stage == target) {
            return true;
        }
        for (StageView downstream : topology.downstreams(stage)) {
            if (walk(topology, downstream, target, path, seen)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
