package io.streamz.processor.fuse;

import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import java.util.List;
import java.util.StringJoiner;

/**
 * A run of stages executed as one method body: each stage's only upstream is the stage before
 * it in the run. The first stage receives {@code inputType}: its upstream's output, or the tuple
 * of a join, or the element of a union.
 *
 * @param stages the stages in execution order; never empty
 * @param inputType the type of the value the segment's method receives
 */
public record Segment(List<Stage> stages, TypeName inputType) {

    public Segment {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("empty segment");
        }
    }

    /** The stage the segment starts with; segments are named after it. */
    public Stage first() {
        return stages.get(0);
    }

    /** The stage whose downstreams the segment hands its value to. */
    public Stage last() {
        return stages.get(stages.size() - 1);
    }

    /** The stages as {@code parse -> large -> total -> out}. */
    public String describe() {
        StringJoiner names = new StringJoiner(" -> ");
        for (Stage stage : stages) {
            names.add(stage.name());
        }
        return names.toString();
    }
}
