package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.StageDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Checks a read pipeline; any problem means nothing is generated for it. This is the hook the
 * rule families plug into; it checks the upstream structure the model relies on.
 */
public final class PipelineValidator {
    public PipelineValidator(ProcessingEnvironment env) {
        // the rule families take their Types and Elements from env
    }

    /** The problems of {@code pipeline}, in declaration order; empty when it can be generated. */
    public List<Problem> validate(PipelineDecl pipeline) {
        List<Problem> problems = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        StageDecl previous = null;
        for (StageDecl stage : pipeline.stages()) {
            if (stage.kind() != StageKind.SOURCE) {
                checkUpstreams(pipeline, stage, previous, declared, problems);
            }
            declared.add(stage.name());
            previous = stage;
        }
        return problems;
    }

    private static void checkUpstreams(PipelineDecl pipeline, StageDecl stage, StageDecl previous, Set<String> declared,
                                       List<Problem> problems) {
        if (stage.from().isEmpty() && (previous == null || previous.kind() == StageKind.SINK)) {
            problems.add(new Problem(ProblemCode.NO_UPSTREAM, "@" + stage.kind().annotation() + " stage '" + stage.name()
                    + "' has no upstream: " + (previous == null ? "it is declared first" : "it follows sink '" + previous.name() + "'")
                    + ". Declare it after the stage it reads from or set from = \"...\".",
                    stage.method(), stage.annotation(), null));
        }
        for (String name : stage.from()) {
            if (!declared.contains(name)) {
                String found = pipeline.stage(name) == null ? "names no stage in " + pipeline.type().getSimpleName()
                        : "names a stage declared after it";
                problems.add(new Problem(ProblemCode.UNKNOWN_UPSTREAM, "from = \"" + name + "\" of stage '" + stage.name()
                        + "' " + found + ". Name a stage declared before it.",
                        stage.method(), stage.annotation(), stage.explicitValue("from")));
            }
        }
    }
}
