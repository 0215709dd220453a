package io.streamz.processor.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * The edges between stages as the user declared them: each stage's inputs, resolved to
 * stages where the names exist. Stages whose inputs cannot all be resolved are "cut": the
 * problem is reported once, on the name, and nothing downstream of it is checked further.
 */
final class Topology {
    /**
     * One input of a stage.
     *
     * @param name the upstream's name
     * @param value the {@code from} value naming it, or null for the implicit previous stage
     * @param upstream the stage named, or null when no stage has that name
     */
    record Input(String name, AnnotationValue value, StageView upstream) {
        boolean isImplicit() {
            return value == null;
        }
    }

    private final Map<StageView, List<Input>> inputs = new LinkedHashMap<>();
    private final Set<StageView> cut = new HashSet<>();
    private final Set<StageView> onCycles = new HashSet<>();

    void put(StageView stage, List<Input> stageInputs) {
        inputs.put(stage, List.copyOf(stageInputs));
    }

    List<Input> inputs(StageView stage) {
        return inputs.getOrDefault(stage, List.of());
    }

    /** The stages reading from {@code stage}, in declaration order. */
    List<StageView> downstreams(StageView stage) {
        List<StageView> found = new ArrayList<>();
        for (Map.Entry<StageView, List<Input>> entry : inputs.entrySet()) {
            for (Input input : entry.getValue()) {
                if (input.upstream() == stage && !found.contains(entry.getKey())) {
                    found.add(entry.getKey());
                }
            }
        }
        return found;
    }

    void cut(StageView stage) {
        cut.add(stage);
    }

    boolean isCut(StageView stage) {
        return cut.contains(stage);
    }

    void markOnCycle(Set<StageView> stages) {
        onCycles.addAll(stages);
    }

    boolean isOnCycle(StageView stage) {
        return onCycles.contains(stage);
    }
}
