package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stage whose annotation values make its inputs or its output ambiguous is not trusted by the
 * type flow: its input edges and what it emits are not type-checked, so the one mistake is one
 * error, not a cascade of type mismatches that follow from it.
 */
class OneErrorPerMistakeTest {
    private static Compilation compile(String... members) {
        return RulesPipeline.compile(List.of("io.streamz.Accumulated", "java.util.List"), members);
    }

    /** Which of the two it emits is unknown: neither the sink taking the value nor one taking the pair is wrong. */
    @Test
    void anAccumulateWithStateAndReturningStateIsOneError() {
        Compilation compilation = compile(
                "@Source void emit(Integer x);",
                "@Accumulate(withState = true, returnsState = true)",
                "default Accumulated<Integer, Integer> total(Integer sum, Integer x) { return Accumulated.of(sum + x, x); }",
                "@Sink void pairs(Accumulated<Integer, Integer> pair);",
                "@Sink(from = \"total\") void values(Integer value);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("withState")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@Accumulate(withState = true, returnsState = true)");
    }

    /** The input left out shifts the parameters: 'name' is not checked against 'ages'. */
    @Test
    void aZipWithOneInputIsOneError() {
        Compilation compilation = compile(
                "@Source void names(String name);",
                "@Source void ages(int age);",
                "@Zip(from = {\"ages\"}) List<Object> pair(String name, int age);",
                "@Sink void out(List<Object> pair);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.too-few-inputs]")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@Zip(from = {\"ages\"})");
    }

    /** The input named twice stands for another: 'age' is not checked against 'names'. */
    @Test
    void aZipNamingAnInputTwiceIsOneError() {
        Compilation compilation = compile(
                "@Source void names(String name);",
                "@Source void ages(int age);",
                "@Zip(from = {\"names\", \"names\"}) List<Object> pair(String name, int age);",
                "@Sink void out(List<Object> pair);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.duplicate-input]")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@Zip(from = {\"names\", \"names\"})");
    }
}
