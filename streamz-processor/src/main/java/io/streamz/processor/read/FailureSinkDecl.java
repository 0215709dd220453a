package io.streamz.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A method annotated {@code @OnFailure}, as written: the pipeline's error route.
 *
 * @param method the method
 * @param annotation its {@code @OnFailure}
 * @param from the stage names in {@code from}, in order; empty for every stage that can route
 */
public record FailureSinkDecl(ExecutableElement method, AnnotationMirror annotation, List<String> from) {
    public FailureSinkDecl {
        from = List.copyOf(from);
    }

    /** The method's name. */
    public String name() {
        return method.getSimpleName().toString();
    }
}
