package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.StageDecl;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Rules of {@code @MapAsync(stopOnException = true)}: a failed call stops the stage until the
 * pipeline's {@code start()} resumes it, so the interface declares (or inherits) an abstract
 * {@code void start()} for the generated classes to implement, and nothing else called
 * {@code start()} that would clash with it.
 */
final class StopRules {
    private StopRules() {}

    /** Whether some stage of {@code stages} is a {@code @MapAsync(stopOnException = true)}. */
    static boolean stops(List<StageDecl> stages) {
        return stages.stream().anyMatch(s -> s.kind() == StageKind.MAP_ASYNC && s.stopOnException());
    }

    static void check(PipelineUnderCheck p) {
        StageView first = p.stages().stream()
                .filter(s -> s.kind() == StageKind.MAP_ASYNC && s.decl().stopOnException())
                .findFirst()
                .orElse(null);
        if (first == null) {
            return;
        }
        ExecutableElement start = p.methodsNamed("start").stream()
                .filter(m -> m.getParameters().isEmpty())
                .findFirst()
                .orElse(null);
        String problem = null;
        if (start == null) {
            problem = "declares no 'void start()'";
        } else if (!MethodRules.isStart(start)) {
            problem = "declares 'start()' returning " + TypeText.of(start.getReturnType());
        } else if (!start.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "gives 'void start()' a body of its own";
        }
        if (problem != null) {
            p.error(
                    first,
                    "stopOnException",
                    ProblemCode.STOP_NEEDS_START,
                    first.describe() + " has stopOnException = true: a failed call stops it until the pipeline's"
                            + " start() resumes it, but " + p.simpleName() + " " + problem + ". Declare"
                            + " 'void start();' (abstract, no parameters) in " + p.simpleName()
                            + " for the generated classes to implement, or drop stopOnException.");
        }
    }
}
