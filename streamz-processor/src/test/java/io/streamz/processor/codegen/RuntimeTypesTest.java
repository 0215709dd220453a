package io.streamz.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Names} keeps every generated variable off the simple names of {@link RuntimeTypes#all()}:
 * a type generated code names but that list misses (as {@code Closing}, {@code EmitStage} and
 * {@code StreamClosedException} once were) is obscured by a source parameter of its name, and the
 * generated class does not compile.
 */
class RuntimeTypesTest {
    @Test
    void allListsEveryTypeConstant() throws IllegalAccessException {
        List<ClassName> constants = new ArrayList<>();
        for (Field field : RuntimeTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
                constants.add((ClassName) field.get(null));
            }
        }
        assertThat(constants).hasSize(RuntimeTypes.all().size());
        assertThat(RuntimeTypes.all()).containsExactlyElementsIn(constants);
    }
}
