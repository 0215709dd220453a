package io.streamz.processor.validate;

import io.streamz.processor.diag.Reporter;
import io.streamz.processor.read.PipelineReader;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Runs only read and validate, to show that the validator accepts valid pipelines whatever
 * stage kinds the code generator supports so far.
 */
final class ValidationOnlyProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>(PipelineValidator.stageAnnotationNames());
        types.add(PipelineReader.ANNOTATIONS + ".Pipeline");
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        PipelineValidator validator = new PipelineValidator(processingEnv);
        validator.strayStageAnnotations(round).forEach(reporter::report);
        TypeElement pipeline = processingEnv.getElementUtils().getTypeElement(PipelineReader.ANNOTATIONS + ".Pipeline");
        for (Element element : round.getElementsAnnotatedWith(pipeline)) {
            TypeElement type = (TypeElement) element;
            validator.unresolvedTypes(type).forEach(reporter::report);
            validator
                    .validate(new PipelineReader(processingEnv.getElementUtils()).read(type))
                    .forEach(reporter::report);
        }
        return false;
    }
}
