package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.List;

/** The annotations every generated pipeline class carries. */
final class Annotations {
    private Annotations() {}

    /**
     * {@code @Generated} unless the option {@code streamz.generated=false} leaves it out, then
     * {@code @StreamzGenerated}, which the processor reads to recognise its own classes.
     */
    static List<AnnotationSpec> generated(Output output) {
        List<AnnotationSpec> annotations = new ArrayList<>(2);
        if (output.generatedAnnotation()) {
            annotations.add(AnnotationSpec.builder(RuntimeTypes.GENERATED)
                    .addMember("value", "$S", RuntimeTypes.PROCESSOR)
                    .build());
        }
        annotations.add(AnnotationSpec.builder(RuntimeTypes.STREAMZ_GENERATED).build());
        return annotations;
    }

    /** {@code @SuppressWarnings} of what the model says generated code cannot avoid (deprecated uses); often none. */
    static List<AnnotationSpec> suppressed(PipelineModel model) {
        List<String> warnings = model.suppressedWarnings();
        if (warnings.isEmpty()) {
            return List.of();
        }
        List<CodeBlock> names = new ArrayList<>();
        for (String warning : warnings) {
            names.add(CodeBlock.of("$S", warning));
        }
        CodeBlock value = names.size() == 1 ? names.get(0) : CodeBlock.of("{$L}", CodeBlock.join(names, ", "));
        return List.of(AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", value)
                .build());
    }
}
