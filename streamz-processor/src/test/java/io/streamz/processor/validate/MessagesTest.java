package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The exact wording of the messages users meet most; the corpus checks codes and lines only.
 * (javac indents the continuation lines of a multi-line message by two spaces.)
 */
class MessagesTest {
    private static Compilation compile(String... lines) {
        JavaFileObject source = JavaFileObjects.forSourceLines("com.acme.Totals", lines);
        return javac().withProcessors(new PipelineProcessor()).compile(source);
    }

    @Test
    void typeMismatchNamesBothTypesAndTheUpstream() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    record Order(int amount) {}",
                "    @Source void emit(String line);",
                "    @Map default String parse(String line) { return line.trim(); }",
                "    @Filter default boolean large(Order o) { return o.amount() > 100; }",
                "    @Sink void out(Order o);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.type-mismatch] @Filter stage 'large' takes Order but its upstream 'parse' produces String."
                                + " Change the parameter type or set from = \"...\".")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("large(Order o)");
    }

    @Test
    void unknownUpstreamSuggestsTheClosestStage() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(String line);",
                "    @Map default int parse(String line) { return Integer.parseInt(line); }",
                "    @Filter(from = \"pars\") default boolean large(int x) { return x > 100; }",
                "    @Sink void out(int x);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.unknown-upstream] from = \"pars\" names no stage in Totals. Did you mean \"parse\"?")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("from = \"pars\"");
    }

    @Test
    void aCycleIsPrintedOneStagePerLine() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(int x);",
                "    @Map(from = \"c\") default int a(int x) { return x; }",
                "    @Map default int b(int x) { return x; }",
                "    @Map default int c(int x) { return x; }",
                "    @Sink(from = \"emit\") void out(int x);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.cycle] @Map stage 'a' is part of a cycle; a @Pipeline must be acyclic because fused code"
                                + " passes each element straight down. The cycle:\n"
                                + "         a\n"
                                + "      -> b\n"
                                + "      -> c\n"
                                + "      -> a\n"
                                + "  Change from = \"c\" to name a stage upstream of 'a'; for feedback loops use the"
                                + " interpreted Stream API.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("from = \"c\"");
    }

    @Test
    void anUnreachableStageListsWhatIsCutOff() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Map default int parse(String line) { return Integer.parseInt(line); }",
                "    @Filter default boolean large(int x) { return x > 100; }",
                "    @Sink void out(int x);",
                "    @Source void emit(String line);",
                "    @Sink void log(String line);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.unreachable-stage] @Map stage 'parse' is not reachable from any @Source: it is declared"
                                + " before every other stage and has no from, so it has no upstream. Unreachable:\n"
                                + "      parse\n"
                                + "      large\n"
                                + "      out\n"
                                + "  Declare it after the @Source it should read from, or set from = \"...\".")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("parse(String line)");
    }

    @Test
    void oneMistakeGivesOneErrorNotAnAvalanche() {
        // 'parse' is broken; its downstream stages are not judged against a guessed type.
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(String line);",
                "    @Map int parse(String line);",
                "    @Filter default boolean large(long x) { return x > 100; }",
                "    @Accumulate default long total(long sum, long x) { return sum + x; }",
                "    @Sink void out(long total);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[streamz.stage-needs-body] @Map stage 'parse' is abstract");
    }

    @Test
    void pipelineExtendsPipelineNamesThePathAndHowToShareFunctions() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "interface Lines {",
                "    @Source void emit(String line);",
                "    @Sink void out(String line);",
                "}",
                "interface Shared extends Lines {}",
                "@Pipeline",
                "public interface Totals extends Shared {",
                "    @Map(from = \"emit\") default int length(String line) { return line.length(); }",
                "    @Sink void lengths(int length);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.pipeline-extends-pipeline] a @Pipeline cannot extend another @Pipeline;"
                        + " Totals extends Lines (through Shared). A pipeline's topology is the stages declared in"
                        + " it, top-down, and its generated class would also be a Lines running other stages."
                        + " Declare every stage in Totals and stop extending Lines; to share stage functions,"
                        + " put them as plain default methods (no stage annotation) in an interface without"
                        + " @Pipeline that both extend, and call them from each pipeline's stages.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("public interface Totals extends Shared");
    }

    @Test
    void rawTypeNamesTheRawTypeAndTheWildcardFix() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "import java.util.List;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(List<java.util.Map.Entry> entries);",
                "    @Sink void out(List<?> entries);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.raw-type] @Source stage 'emit' takes List<Entry>, which uses the raw type"
                        + " Entry; the generated class would repeat it and compile with rawtypes and unchecked"
                        + " warnings (errors under -Werror). Give Entry its type arguments: the types it holds, or"
                        + " Entry<?, ?>.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("emit(List<java.util.Map.Entry> entries)");
    }

    @Test
    void wildcardsAreNotRawAndCompileWarningFree() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Totals",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline",
                        "public interface Totals {",
                        "    @Source void emit(List<? extends Comparable<?>> values);",
                        "    @io.streamz.annotations.Map default Class<?> type(List<? extends Comparable<?>> values) {",
                        "        return values.getClass();",
                        "    }",
                        "    @Sink void out(Class<?> type);",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aStateReturningAccumulateWithoutStartNamesItsThreeTypes() {
        Compilation compilation = compile(
                "package com.acme;",
                "import io.streamz.Accumulated;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Totals {",
                "    @Source void emit(Integer x);",
                "    @Accumulate(returnsState = true)",
                "    default Accumulated<Number, Number> max(Number max, Integer x) { return Accumulated.of(x, max); }",
                "    @Sink void out(Number max);",
                "}");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.accumulate-needs-start] @Accumulate stage 'max' has returnsState and no"
                        + " start, so its first element is both its state and its first value: the state (Number),"
                        + " the element (Integer) and the emitted value (Number) must be one type. Declare them as"
                        + " one type, or add start = \"...\" naming a default method that returns the initial"
                        + " Number.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@Accumulate(returnsState = true)");
    }
}
