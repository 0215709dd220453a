package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.PipelineReader;
import io.streamz.processor.read.SourceTrees;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Stage annotations only mean something on methods of a {@code @Pipeline} interface; anywhere
 * else they would be silently ignored, which hides a forgotten {@code @Pipeline}.
 */
final class StrayAnnotationRule {
    private StrayAnnotationRule() {}

    static Report check(RoundEnvironment round, Elements elements, SourceTrees trees) {
        Report report = new Report();
        for (StageKind kind : StageKind.values()) {
            check(round, elements.getTypeElement(StageShapes.qualifiedName(kind)), StageShapes.at(kind), trees, report);
        }
        check(round, elements.getTypeElement(PipelineReader.ON_FAILURE), "@OnFailure", trees, report);
        return report;
    }

    private static void check(
            RoundEnvironment round, TypeElement annotation, String at, SourceTrees trees, Report report) {
        if (annotation == null) {
            return;
        }
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            Element owner = element.getEnclosingElement();
            if (owner instanceof TypeElement type
                    && (PipelineValidator.pipelineAnnotation(type).isPresent()
                            || trees.hasUnresolvedAnnotation(type))) {
                continue; // a stage, @Pipeline misplaced on a class, or an annotation javac reports
            }
            report.add(Problem.on(
                    ProblemCode.STRAY_STAGE_ANNOTATION,
                    element,
                    mirror(element, annotation),
                    at + " on '" + element.getSimpleName() + "' has no effect: "
                            + (owner instanceof TypeElement type
                                    ? type.getSimpleName() + " is not annotated @Pipeline"
                                    : "it is not a method of a @Pipeline interface")
                            + ". Annotate the enclosing interface with @Pipeline, or remove " + at + "."));
        }
    }

    private static AnnotationMirror mirror(Element element, TypeElement annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().equals(annotation)) {
                return mirror;
            }
        }
        return null;
    }
}
