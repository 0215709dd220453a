package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
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
}
