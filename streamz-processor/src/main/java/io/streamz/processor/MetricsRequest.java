package io.streamz.processor;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Whether a pipeline's generated code measures it: {@code @Pipeline(metrics = true)} on the
 * interface, or the processor option {@code -Astreamz.metrics=true} for every pipeline of the
 * build. Without either, the generated code holds nothing of metrics.
 */
final class MetricsRequest {
    /** The processor option turning metrics on for every pipeline. */
    static final String OPTION = "streamz.metrics";

    private MetricsRequest() {}

    /**
     * Whether {@code pipeline}'s generated code is to be measured under {@code options}. A pipeline
     * with an engine body ({@code @KeyBy}, {@code distributed = true}) is not: the option leaves
     * it as it is, and {@link #declaredOn} makes the attribute an error there.
     */
    static boolean asked(TypeElement pipeline, Map<String, String> options, boolean hasEngine) {
        if (hasEngine) {
            return false;
        }
        return "true".equalsIgnoreCase(options.get(OPTION))
                || declaredOn(pipeline).isPresent();
    }

    /** The {@code @Pipeline} annotation of {@code pipeline} if it says {@code metrics = true}. */
    static Optional<AnnotationMirror> declaredOn(TypeElement pipeline) {
        for (AnnotationMirror annotation : pipeline.getAnnotationMirrors()) {
            if (((TypeElement) annotation.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(Claims.PIPELINE)) {
                return attribute(annotation) ? Optional.of(annotation) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The error for {@code metrics = true} on a pipeline with an engine body, on the annotation. */
    static Problem unsupported(TypeElement pipeline, AnnotationMirror annotation) {
        return Problem.on(
                ProblemCode.KEYED_UNSUPPORTED,
                pipeline,
                annotation,
                "metrics = true cannot be on a pipeline with @KeyBy or distributed = true yet: its engine body"
                        + " is not measured. Remove metrics = true, or measure the stages in a pipeline without keys.");
    }

    private static boolean attribute(AnnotationMirror pipeline) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                pipeline.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("metrics")) {
                return Boolean.TRUE.equals(entry.getValue().getValue());
            }
        }
        return false;
    }
}
