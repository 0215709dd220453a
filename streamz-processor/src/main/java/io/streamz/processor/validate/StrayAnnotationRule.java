package io.streamz.processor.validate;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.PipelineReader;
import io.streamz.processor.read.SourceTrees;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
        Map<TypeElement, String> annotations = new LinkedHashMap<>();
        for (StageKind kind : StageKind.values()) {
            put(annotations, elements.getTypeElement(StageShapes.qualifiedName(kind)), StageShapes.at(kind));
        }
        put(annotations, elements.getTypeElement(PipelineReader.ON_FAILURE), "@OnFailure");
        Report report = new Report();
        if (annotations.isEmpty()) {
            return report;
        }
        // one scan of the round's elements for all of them (javac scans every element once a call)
        Set<? extends Element> annotated =
                round.getElementsAnnotatedWithAny(annotations.keySet().toArray(new TypeElement[0]));
        for (Map.Entry<TypeElement, String> annotation : annotations.entrySet()) {
            for (Element element : annotated) {
                AnnotationMirror mirror = mirror(element, annotation.getKey());
                if (mirror != null) {
                    check(element, mirror, annotation.getValue(), trees, report);
                }
            }
        }
        return report;
    }

    private static void put(Map<TypeElement, String> annotations, TypeElement annotation, String at) {
        if (annotation != null) {
            annotations.put(annotation, at);
        }
    }

    private static void check(Element element, AnnotationMirror mirror, String at, SourceTrees trees, Report report) {
        Element owner = element.getEnclosingElement();
        if (owner instanceof TypeElement type
                && (PipelineValidator.pipelineAnnotation(type).isPresent() || trees.hasUnresolvedAnnotation(type))) {
            return; // a stage, @Pipeline misplaced on a class, or an annotation javac reports
        }
        report.add(Problem.on(
                ProblemCode.STRAY_STAGE_ANNOTATION,
                element,
                mirror,
                at + " on '" + element.getSimpleName() + "' has no effect: "
                        + (owner instanceof TypeElement type
                                ? type.getSimpleName() + " is not annotated @Pipeline"
                                : "it is not a method of a @Pipeline interface")
                        + ". Annotate the enclosing interface with @Pipeline, or remove " + at + "."));
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
