package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import javax.lang.model.element.Modifier;

/** The fields holding a stage's runtime helper (a window, a history, a join), for the units. */
final class HelperFields {
    private HelperFields() {}

    /** {@code private final type name = initializer;} */
    static FieldSpec helper(TypeName type, String name, CodeBlock initializer) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer(initializer)
                .build();
    }

    /** {@code SlidingWindowBuffer<Integer>} for a stage returning {@code List<Integer>}. */
    static TypeName windowType(ClassName helper, Stage stage) {
        return ParameterizedTypeName.get(helper, elementOf(stage.outputType()));
    }

    /** The element type of a {@code List<E>}. */
    static TypeName elementOf(TypeName list) {
        return ((ParameterizedTypeName) list).typeArguments().get(0);
    }
}
