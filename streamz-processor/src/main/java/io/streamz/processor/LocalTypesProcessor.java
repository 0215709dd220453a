package io.streamz.processor;

import com.google.auto.service.AutoService;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.validate.LocalProblem;
import io.streamz.processor.validate.PipelineValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports a {@code @Pipeline} (or a stage annotation) on a local or anonymous type in a build
 * where no element javac shows processors carries a Streamz annotation, so {@link
 * PipelineProcessor}, which looks for local types whenever it runs, is not called. javac calls a
 * processor only for the annotations present on visible elements, so this one supports every
 * annotation ({@code "*"}); it claims none (returns false) and generates nothing. It looks only in
 * the first round it is called, and only when no annotation {@link PipelineProcessor} supports is
 * present (else that one looked).
 */
@AutoService(Processor.class)
public final class LocalTypesProcessor extends AbstractProcessor {
    private boolean looked;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (looked || round.processingOver()) {
            return false;
        }
        looked = true;
        try {
            if (!pipelineProcessorRuns(round)) {
                new PipelineValidator(processingEnv).localTypes(round).forEach(LocalProblem::report);
            }
        } catch (Throwable crash) {
            StringWriter trace = new StringWriter();
            crash.printStackTrace(new PrintWriter(trace));
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            ProblemCode.INTERNAL.tag()
                                    + " the Streamz processor crashed looking for local @Pipeline types; please report"
                                    + " it with this trace:\n" + trace);
        }
        return false;
    }

    /** Whether an annotation {@link PipelineProcessor} supports is present, so that it runs this round. */
    private boolean pipelineProcessorRuns(RoundEnvironment round) {
        Set<TypeElement> supported = new LinkedHashSet<>();
        for (String name : new PipelineProcessor().getSupportedAnnotationTypes()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                supported.add(type);
            }
        }
        return !supported.isEmpty()
                && !round.getElementsAnnotatedWithAny(supported.toArray(new TypeElement[0]))
                        .isEmpty();
    }
}
