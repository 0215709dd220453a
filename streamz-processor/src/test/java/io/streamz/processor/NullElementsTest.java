package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.VirtualTimeLoop;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} from a map returning {@code Integer} goes on as the interpreted graph passes it:
 * a unique keeps it as a key of its own (its history stays boxed: the map's value is not an
 * unboxed {@code int}, whatever the source upstream of the map declares), and a union declaring
 * {@code int} passes it on unchanged, as the runtime's union does (the fused union took an
 * {@code int} and threw a {@code NullPointerException} unboxing it).
 */
class NullElementsTest {
    @Test
    void nullsPassUniquesAndUnionsDeclaringPrimitivesAsInterpreted() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Nulls",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "import java.util.List;",
                "",
                "@Pipeline",
                "public interface Nulls {",
                "    @Source void emit(int x);",
                "    @Map default Integer maybe(int x) { return x % 4 == 0 ? null : x % 3; }",
                "    @Unique(history = 2) Integer fresh(Integer x);",
                "    @Sink void freshOnes(Integer x);",
                "    @Union(from = {\"maybe\", \"emit\"}) int either(int x);",
                "    @SlidingWindow(2) List<Integer> pairs(int x);",
                "    @Sink void windows(List<Integer> pair);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Nulls");
        List<String> expected = List.of(
                "freshOnes=null",
                "windows=[null, 0]", // 0: null from maybe, then 0 from emit
                "freshOnes=1",
                "windows=[0, 1]",
                "windows=[1, 1]",
                "freshOnes=2",
                "windows=[1, 2]",
                "windows=[2, 2]",
                "freshOnes=0",
                "windows=[2, 0]",
                "windows=[0, 3]",
                "freshOnes=null",
                "windows=[3, null]",
                "windows=[null, 4]", // null again: out of the history of 2
                "freshOnes=2",
                "windows=[4, 2]",
                "windows=[2, 5]");
        assertThat(run(generated, "build")).isEqualTo(expected);
        assertThat(run(generated, "buildInterpreted")).isEqualTo(expected);
    }

    private static List<String> run(Class<?> generated, String build) throws Exception {
        List<String> log = new ArrayList<>();
        Object pipeline = GeneratedPipeline.build(generated, build, log, new VirtualTimeLoop());
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = 0; x <= 5; x++) {
            emit.invoke(pipeline, x);
        }
        return log;
    }
}
