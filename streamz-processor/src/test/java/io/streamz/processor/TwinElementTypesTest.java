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
 * Pipelines whose interpreted twin carries elements of another type than the stages declare: a
 * {@code @Zip} without a function declared as {@code Object} (the runtime's stream is of
 * {@code List<Object>}) feeding every stage that passes elements on unchanged, and state-returning
 * accumulates without start whose upstream is narrower than their state. Both builds must
 * compile warning-free ({@code -Xlint:all -Werror}) and agree on random inputs; a node typed as
 * the stage declares instead of as the runtime types it does not compile.
 */
class TwinElementTypesTest {
    @Test
    void aZipDeclaredAsObjectFeedsEveryStagePassingElementsOn() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.ObjectPairs",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface ObjectPairs {",
                "    @Source void names(String name);",
                "    @Source void ages(Integer age);",
                "    @Zip(from = {\"names\", \"ages\"}) Object pair(String name, Integer age);",
                "    @Filter default boolean notNine(Object pair) { return !pair.toString().contains(\"9\"); }",
                "    @Unique(history = 3) Object fresh(Object pair);",
                "    @Slice(start = 1) Object sliced(Object pair);",
                "    @Sink void out(Object pair);",
                "    @Buffer(value = 4, from = \"sliced\") Object queued(Object pair);",
                "    @Delay(100) Object later(Object pair);",
                "    @RateLimit(50) Object paced(Object pair);",
                "    @Sink void slow(Object pair);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_ObjectPairs");
        DifferentialTest.assertAgree(generated, "ObjectPairs", 10);
    }

    @Test
    void aStateReturningAccumulateWithoutStartWidensItsFirstElement() throws Exception {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Widened",
                "package com.acme;",
                "",
                "import io.streamz.Accumulated;",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface Widened {",
                "    @Source void ints(int x);",
                "    @Accumulate(returnsState = true)",
                "    default Accumulated<Long, Long> total(long sum, long x) { return Accumulated.of(sum + x, sum); }",
                "    @Sink void totals(long total);",
                "    @Map(from = \"ints\") default Integer boxed(int x) { return x; }",
                "    @Accumulate(returnsState = true)",
                "    default Accumulated<Long, Long> boxedTotal(long sum, long x) { return Accumulated.of(sum + x, sum); }",
                "    @Sink void boxedTotals(Long total);",
                "    @Accumulate(from = \"boxed\", returnsState = true)",
                "    default Accumulated<Number, Number> max(Number max, Number x) {",
                "        return Accumulated.of(x.intValue() > max.intValue() ? x : max, max);",
                "    }",
                "    @Sink void maxima(Number max);",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        Class<?> generated = DifferentialTest.generatedClass(compilation, "com.acme.Streamz_Widened");
        List<String> expected = List.of(
                "totals=3",
                "boxedTotals=3",
                "maxima=3",
                "totals=3",
                "boxedTotals=3",
                "maxima=3",
                "totals=7",
                "boxedTotals=7",
                "maxima=4",
                "totals=12",
                "boxedTotals=12",
                "maxima=5");
        assertThat(run(generated, "build", 3, 4, 5, 1)).isEqualTo(expected);
        assertThat(run(generated, "buildInterpreted", 3, 4, 5, 1)).isEqualTo(expected);
        DifferentialTest.assertAgree(generated, "Widened", 10);
    }

    /** What the sinks receive, in order, when {@code ints} is called with {@code values}. */
    private static List<String> run(Class<?> generated, String build, int... values) throws Exception {
        List<String> log = new ArrayList<>();
        Object pipeline = GeneratedPipeline.build(generated, build, log, new VirtualTimeLoop());
        Method ints = generated.getInterfaces()[0].getMethod("ints", int.class);
        for (int value : values) {
            ints.invoke(pipeline, value);
        }
        return log;
    }
}
