package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.validate.Topology.Input;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pipeline is a DAG: fused code runs each element through straight-line calls, which a
 * cycle would turn into unbounded recursion. Each cycle is reported once, with its path one
 * stage per line, on the {@code from} that closes it.
 */
final class CycleRule {
    private CycleRule() {}

    /** Reports every cycle; returns the stages on one. */
    static Set<StageView> check(PipelineUnderCheck p, Topology topology) {
        Set<StageView> onCycle = new LinkedHashSet<>();
        Set<StageView> done = new HashSet<>();
        for (StageView stage : p.stages()) {
            List<StageView> path = new ArrayList<>();
            walk(p, topology, stage, path, done, onCycle);
        }
        return onCycle;
    }

    /** Depth-first along upstream edges; {@code path} is the current chain of downstream-most first. */
    private static void walk(
            PipelineUnderCheck p,
            Topology topology,
            StageView stage,
            List<StageView> path,
            Set<StageView> done,
            Set<StageView> onCycle) {
        int seen = path.indexOf(stage);
        if (seen >= 0) {
            List<StageView> cycle = new ArrayList<>(path.subList(seen, path.size()));
            if (onCycle.addAll(cycle)) {
                report(p, topology, cycle);
            }
            return;
        }
        if (done.contains(stage)) {
            return;
        }
        path.add(stage);
        for (Input input : topology.inputs(stage)) {
            if (input.upstream() != null) {
                walk(p, topology, input.upstream(), path, done, onCycle);
            }
        }
        path.remove(path.size() - 1);
        done.add(stage);
    }

    /**
     * {@code cycle} lists stages each reading from the next (the last reads from the first).
     * The error goes on the stage reading from one declared after it, the edge that closes it.
     */
    private static void report(PipelineUnderCheck p, Topology topology, List<StageView> cycle) {
        StageView closing = cycle.get(0);
        Input closingInput = null;
        for (int i = 0; i < cycle.size(); i++) {
            StageView reader = cycle.get(i);
            StageView upstream = cycle.get((i + 1) % cycle.size());
            if (upstream.index() >= reader.index() && (closingInput == null || reader.index() < closing.index())) {
                closing = reader;
                closingInput = inputNaming(topology, reader, upstream);
            }
        }
        // Print in data-flow order, starting and ending at the stage carrying the error.
        List<StageView> flow = new ArrayList<>();
        int start = cycle.indexOf(closing);
        for (int i = 0; i < cycle.size(); i++) {
            flow.add(cycle.get(Math.floorMod(start - i, cycle.size())));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < flow.size(); i++) {
            text.append("\n    ")
                    .append(i == 0 ? "   " : "-> ")
                    .append(flow.get(i).name());
        }
        text.append("\n    -> ").append(flow.get(0).name());
        String fromText = closingInput == null ? "from" : "from = \"" + closingInput.name() + "\"";
        p.error(
                closing.method(),
                closing.annotation(),
                closingInput == null ? null : closingInput.value(),
                ProblemCode.CYCLE,
                closing.describe() + " is part of a cycle; a @Pipeline must be acyclic because fused code"
                        + " passes each element straight down. The cycle:" + text
                        + "\nChange " + fromText + " to name a stage upstream of '" + closing.name()
                        + "'; for feedback loops use the interpreted Stream API.");
    }

    private static Input inputNaming(Topology topology, StageView reader, StageView upstream) {
        for (Input input : topology.inputs(reader)) {
            if (input.upstream() == upstream) {
                return input;
            }
        }
        return null;
    }
}
