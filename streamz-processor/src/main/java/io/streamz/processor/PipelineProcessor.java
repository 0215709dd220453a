package io.streamz.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import io.streamz.processor.codegen.DotWriter;
import io.streamz.processor.codegen.Names;
import io.streamz.processor.codegen.PipelineWriter;
import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Reporter;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.PipelineReader;
import io.streamz.processor.read.SourceTrees;
import io.streamz.processor.validate.LocalProblem;
import io.streamz.processor.validate.PipelineValidator;
import io.streamz.processor.validate.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Generates {@code Streamz_<Name>} for every {@code @Pipeline} interface: read, validate, model,
 * fuse, write. One pipeline at a time: an error in one generates nothing for it and leaves the
 * others alone. A pipeline mentioning a type not generated yet waits for the next round.
 *
 * <p>It claims the Streamz annotations ({@link Claims}), so a build under {@code -Xlint:all
 * -Werror} needs no {@code -Xlint:-processing}.
 */
@AutoService(Processor.class)
public final class PipelineProcessor extends AbstractProcessor {
    private static final String PIPELINE = Claims.PIPELINE;

    /** Pipelines waiting for a type another processor generates, by qualified name. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** The generated class names of this compilation, to report a name taken twice. */
    private final GeneratedNames names = new GeneratedNames();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> stages = new LinkedHashSet<>();
        for (StageKind kind : StageKind.values()) {
            stages.add(PipelineReader.ANNOTATIONS + "." + kind.annotation());
        }
        stages.add(PipelineReader.ON_FAILURE);
        return Claims.supported(stages);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.supported();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        reportStrayStageAnnotations(round);
        List<TypeElement> pipelines = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                pipelines.add(type);
            }
        }
        deferred.clear();
        TypeElement pipeline = processingEnv.getElementUtils().getTypeElement(PIPELINE);
        if (pipeline != null) {
            for (Element element : round.getElementsAnnotatedWith(pipeline)) {
                if (element instanceof TypeElement && !pipelines.contains(element)) {
                    pipelines.add((TypeElement) element);
                }
            }
        }
        Map<TypeElement, String> generated = new LinkedHashMap<>();
        for (TypeElement type : pipelines) {
            generated.put(type, generatedName(type));
        }
        names.round(round, generated);
        for (TypeElement type : pipelines) {
            processSafely(type, round.processingOver());
        }
        return Claims.claim(round, processingEnv.getElementUtils(), processingEnv.getOptions());
    }

    private void processSafely(TypeElement type, boolean lastRound) {
        try {
            process(type, lastRound);
        } catch (Throwable crash) {
            reporter().internal(type, crash);
        }
    }

    /**
     * Stage annotations outside a {@code @Pipeline} type, and Streamz annotations on local types,
     * would be silently ignored: errors.
     */
    private void reportStrayStageAnnotations(RoundEnvironment round) {
        try {
            PipelineValidator validator = new PipelineValidator(processingEnv);
            validator.strayStageAnnotations(round).forEach(reporter()::report);
            validator.localTypes(round).forEach(LocalProblem::report);
        } catch (Throwable crash) {
            StringWriter trace = new StringWriter();
            crash.printStackTrace(new PrintWriter(trace));
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            ProblemCode.INTERNAL.tag()
                                    + " the Streamz processor crashed looking for stray stage annotations; please report it"
                                    + " with this trace:\n" + trace);
        }
    }

    private void process(TypeElement type, boolean lastRound) throws IOException {
        PipelineDecl pipeline =
                new PipelineReader(processingEnv.getElementUtils(), SourceTrees.of(processingEnv)).read(type);
        if (pipeline.hasUnresolvedAnnotations()) {
            // javac reports the annotation it cannot resolve; judging the interface without knowing
            // what its annotations are would add misleading errors. It may be generated later.
            if (!lastRound) {
                deferred.add(type.getQualifiedName().toString());
            }
            return;
        }
        PipelineValidator validator = new PipelineValidator(processingEnv);
        List<Problem> unresolved = validator.unresolvedTypes(type);
        if (pipeline.hasUnresolvedTypes() || !unresolved.isEmpty()) {
            if (lastRound) {
                unresolved.forEach(reporter()::report);
            } else {
                deferred.add(type.getQualifiedName().toString());
            }
            return;
        }
        Optional<Problem> clash = names.clash(type, generatedName(type), processingEnv.getElementUtils());
        clash.ifPresent(reporter()::report);
        Validation validation = validator.check(pipeline);
        if (!validation.problems().isEmpty() || clash.isPresent()) {
            validation.problems().forEach(reporter()::report);
            return;
        }
        PipelineModel model = ModelFactory.create(pipeline, validation, processingEnv.getElementUtils());
        Optional<AnnotationMirror> metrics = MetricsRequest.declaredOn(type);
        if (model.hasEngine() && metrics.isPresent()) {
            reporter().report(MetricsRequest.unsupported(type, metrics.get()));
            return;
        }
        model = model.withMetrics(MetricsRequest.asked(type, processingEnv.getOptions(), model.hasEngine()));
        Fusion fusion = Fusion.of(model);
        try {
            PipelineWriter.write(
                            fusion,
                            Options.output(processingEnv.getOptions()),
                            spec -> spec.addOriginatingElement(type))
                    .writeTo(processingEnv.getFiler());
        } catch (FilerException refused) {
            reporter().report(GeneratedNames.refused(type, generatedName(type), refused));
            return;
        }
        names.written(generatedName(type));
        if (Options.on(processingEnv.getOptions(), Options.DOT)) {
            writeDot(fusion, type);
        }
    }

    /** {@code com.acme.Streamz_Totals} for {@code com.acme.Totals}. */
    private static String generatedName(TypeElement type) {
        return Names.generatedClass(ClassName.get(type)).canonicalName();
    }

    private void writeDot(Fusion fusion, TypeElement type) throws IOException {
        ClassName pipeline = fusion.model().pipeline();
        FileObject dot = processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, pipeline.packageName(), Names.dotFile(pipeline), type);
        try (Writer writer = dot.openWriter()) {
            writer.write(DotWriter.dot(fusion));
        }
    }

    private Reporter reporter() {
        return new Reporter(processingEnv.getMessager());
    }
}
