package io.streamz.processor.read;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A type annotated {@code @Pipeline}, as written.
 *
 * @param type the annotated type (an interface, unless the user made a mistake)
 * @param stages its methods carrying a stage annotation, in declaration order
 * @param methods all its methods, in declaration order, stages included
 * @param failureSinks its methods annotated {@code @OnFailure}, in declaration order
 * @param hasUnresolvedTypes whether a type it mentions is not known yet (perhaps generated later this build)
 * @param hasUnresolvedAnnotations whether an annotation on it, its methods or their parameters
 *     does not resolve to one type (missing, or ambiguous between two imports)
 */
public record PipelineDecl(
        TypeElement type,
        List<StageDecl> stages,
        List<ExecutableElement> methods,
        List<FailureSinkDecl> failureSinks,
        boolean hasUnresolvedTypes,
        boolean hasUnresolvedAnnotations) {}
