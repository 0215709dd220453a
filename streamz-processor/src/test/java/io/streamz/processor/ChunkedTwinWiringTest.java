package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The interpreted twin of a pipeline of more than 250 stages wires its nodes in methods of 250
 * stages each ({@code wire0}, {@code wire1}, ...), called by its constructor in order; at exactly
 * 250 the constructor wires them itself, into final fields. A long pipeline's DOT text is
 * returned by {@code topologyDot()} in several literals, joined into exactly the {@code .dot}
 * file's text. (The 5,000-stage {@link LargePipelineTest} checks javac's limits; these sizes sit
 * on the boundaries.)
 */
class ChunkedTwinWiringTest {
    @Test
    void twoHundredFiftyStagesAreWiredByTheConstructorIntoFinalFields() throws Exception {
        Compilation compilation = Golden.compile(List.of(LargePipelineTest.chain(250)));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> twin = twin(compilation);
        assertThat(wiringMethods(twin)).isEmpty();
        assertThat(Modifier.isFinal(twin.getDeclaredField("s1").getModifiers())).isTrue();
        assertAgree(compilation);
    }

    @Test
    void fiveHundredStagesAreWiredByExactlyTwoMethods() throws Exception {
        Compilation compilation = Golden.compile(List.of(LargePipelineTest.chain(500)));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> twin = twin(compilation);
        assertThat(wiringMethods(twin)).containsExactly("wire0", "wire1");
        for (String stage : List.of("emit", "s249", "s250", "s498")) {
            Field node = twin.getDeclaredField(stage);
            assertThat(Modifier.isFinal(node.getModifiers())).isFalse(); // set by a wiring method
        }
        assertAgree(compilation);
        String dot = (String) generated(compilation).getMethod("topologyDot").invoke(null);
        assertThat(dot.length()).isGreaterThan(16_000); // more than one literal
        assertThat(dot)
                .isEqualTo(compilation
                        .generatedFile(StandardLocation.CLASS_OUTPUT, "com.acme", "Streamz_Chain.dot")
                        .orElseThrow()
                        .getCharContent(true)
                        .toString());
        assertThat(dot).contains("\tn498 -> n499\n"); // the last edge, in the last literal
    }

    private static Class<?> generated(Compilation compilation) throws ClassNotFoundException {
        return DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Chain");
    }

    private static Class<?> twin(Compilation compilation) throws ClassNotFoundException {
        return DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Chain$Interpreted");
    }

    private static List<String> wiringMethods(Class<?> twin) {
        TreeSet<String> names = new TreeSet<>();
        for (Method method : twin.getDeclaredMethods()) {
            if (method.getName().matches("wire\\d+")) {
                names.add(method.getName());
            }
        }
        return new ArrayList<>(names);
    }

    /** Both builds give the sink the same, non-empty, values for the same inputs. */
    private static void assertAgree(Compilation compilation) throws Exception {
        Class<?> generated = generated(compilation);
        List<Integer> fused = run(generated, "build");
        assertThat(fused).isNotEmpty();
        assertThat(run(generated, "buildInterpreted")).isEqualTo(fused);
    }

    private static List<Integer> run(Class<?> generated, String build)
            throws ReflectiveOperationException, IOException {
        List<Integer> received = new ArrayList<>();
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("out", IntConsumer.class).invoke(builder, (IntConsumer) received::add);
        Object pipeline = builder.getClass().getMethod(build).invoke(builder);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = -20; x < 20; x += 3) {
            emit.invoke(pipeline, x);
        }
        return received;
    }
}
