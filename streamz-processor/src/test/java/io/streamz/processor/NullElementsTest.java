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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Without a start an accumulate's first element becomes its state; a primitive state cannot
     * be {@code null}. Every build (fused, the keyed {@code Engine} on {@code LocalEngine}, the
     * twin) rejects a {@code null} first element with a {@code NullPointerException} naming the
     * stage, emits nothing and stays unstarted, so the next element starts it. (The fused class
     * marked the stage started, then threw unnamed while unboxing; the twin took {@code null} as
     * the state and failed on every later element.) A later {@code null} fails in the user's method.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'@Accumulate default int sum(int total, int x) { return total + x; }' | int | an int"
                        + " | 1,3,6,5:11",
                "'@Accumulate(withState = true) default int sum(int best, int x) { return Math.max(best, x); }'"
                        + " | Accumulated<Integer, Integer> | an int"
                        + " | Accumulated[state=1, value=1],Accumulated[state=2, value=2],"
                        + "Accumulated[state=3, value=3],5:Accumulated[state=5, value=5]",
                "'@Accumulate(returnsState = true) default Accumulated<Integer, Integer> sum(int previous, int x)"
                        + " { return Accumulated.of(x, x - previous); }' | int | an int | 1,1,1,5:2",
                "'@Accumulate default long sum(long total, int x) { return total + x; }' | long | a long"
                        + " | 1,3,6,5:11",
            })
    void aNullFirstElementIsRejectedByAPrimitiveAccumulateWithoutStart(
            String accumulate, String sinkType, String state, String outputs) throws Exception {
        for (boolean keyed : new boolean[] {false, true}) {
            Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                    "com.acme.NullFirst",
                    "package com.acme;",
                    "",
                    "import io.streamz.Accumulated;",
                    "import io.streamz.annotations.*;",
                    "",
                    "@Pipeline",
                    "public interface NullFirst {",
                    "    @Source void emit(int x);",
                    "    @Map default Integer maybe(int x) { return x % 4 == 0 ? null : x; }",
                    keyed ? "    @KeyBy(key = \"one\") Integer byOne(Integer x);" : "",
                    keyed ? "    default int one(Integer x) { return 1; }" : "",
                    "    " + accumulate,
                    "    @Sink void sums(" + sinkType + " total);",
                    "}")));
            assertThat(compilation).succeededWithoutWarnings();
            Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_NullFirst");
            List<String> expected = new ArrayList<>();
            expected.add("threw java.lang.NullPointerException: the first element becomes the state, " + state
                    + ", and cannot be null in accumulate: sum"); // 0: nothing changes, nothing goes on
            String[] values = outputs.split(",(?=[^ ])");
            for (int i = 0; i < 3; i++) {
                expected.add("sums=" + values[i]); // 1, 2, 3
            }
            expected.add("threw java.lang.NullPointerException (unboxing) in accumulate: sum"); // 4: a later null
            expected.add("sums=" + values[3].substring("5:".length()));
            assertThat(runNullFirst(generated, "build")).isEqualTo(expected);
            assertThat(runNullFirst(generated, "buildInterpreted")).isEqualTo(expected);
        }
    }

    private static List<String> runNullFirst(Class<?> generated, String build) throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> log = new ArrayList<>();
        Object pipeline = GeneratedPipeline.build(generated, build, log, loop);
        Method emit = generated.getInterfaces()[0].getMethod("emit", int.class);
        for (int x = 0; x <= 5; x++) {
            GeneratedPipeline.call(emit, pipeline, x, log, loop);
        }
        // the JVM words an unboxing NullPointerException after the code that unboxed: not compared
        return log.stream()
                .map(line -> line.startsWith("threw java.lang.NullPointerException: ")
                                && !line.contains("first element")
                        ? "threw java.lang.NullPointerException (unboxing)" + line.substring(line.lastIndexOf(" in "))
                        : line)
                .toList();
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
