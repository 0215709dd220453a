package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact messages of the topology rules where their wording depends on the shape: how a stage
 * reads from a sink (declared right after it, or naming it) and what to name instead (the sink's
 * own upstream, when it has a known one); which stages an unreachable stage cuts off (those
 * receiving only through it, or through it and unknown names, not a union that also has a
 * reachable input); and a cycle is one error, its stages' types not checked around it. (javac
 * indents the continuation lines of a multi-line message by two spaces.)
 */
class TopologyMessagesTest {
    private static Compilation compile(String name, String... members) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface " + name + " {"));
        for (String member : members) {
            lines.add("    " + member);
        }
        lines.add("}");
        return javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines("com.acme." + name, lines));
    }

    private static List<String> errors(Compilation compilation) {
        List<String> errors = ErrorLines.of(compilation);
        return errors;
    }

    @Test
    void aStageReadingFromASinkIsToldHowItDoesAndWhatToNameInstead() {
        Compilation compilation = compile(
                "Rules",
                "@Source void emit(String line);", // line 5
                "@Sink void out(String line);",
                "@Map default int implicitAfterSink(String line) { return 1; }",
                "@Sink void ints(int x);",
                "@Map(from = \"out\") default int explicitFromSink(String line) { return 2; }",
                "@Sink(from = \"explicitFromSink\") void twos(int x);",
                "@Sink(from = \"nope\") void lost(String line);",
                "@Filter(from = \"lost\") default boolean afterLost(String line) { return true; }",
                "@Sink void lostToo(String line);");
        String sink = ", but a sink emits nothing.";
        assertThat(errors(compilation))
                .containsExactly(
                        "7: [streamz.upstream-is-sink] @Map stage 'implicitAfterSink' is declared right after @Sink"
                                + " stage 'out' and so reads from it" + sink
                                + " Set from = \"emit\" to receive what 'out' receives.",
                        "9: [streamz.upstream-is-sink] @Map stage 'explicitFromSink' reads from @Sink stage 'out'"
                                + sink + " Set from = \"emit\" to receive what 'out' receives.",
                        "11: [streamz.unknown-upstream] from = \"nope\" names no stage in Rules. Known stages: emit,"
                                + " out, implicitAfterSink, ints, explicitFromSink, twos, lost, afterLost, lostToo.",
                        "12: [streamz.upstream-is-sink] @Filter stage 'afterLost' reads from @Sink stage 'lost'" + sink
                                + " Set from = \"...\" to name a stage that emits.")
                .inOrder();
    }

    @Test
    void anUnreachableStageListsWhatReceivesOnlyThroughIt() {
        Compilation compilation = compile(
                "Early",
                "@Map default int early(String line) { return line.length(); }", // line 5
                "@Map default int twice(int x) { return 2 * x; }",
                "@Source void emit(int x);",
                "@Union(from = {\"twice\", \"emit\"}) int both(int x);",
                "@Sink(from = \"twice\") void doubled(int x);",
                "@Union(from = {\"early\", \"nope\"}) int withUnknown(int x);",
                "@Sink void out(int x);");
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[streamz.unreachable-stage] @Map stage 'early' is not reachable from any @Source:"
                        + " it is declared before every other stage and has no from, so it has no upstream."
                        + " Unreachable:\n      early\n      twice\n      withUnknown\n      doubled\n      out\n"
                        + "  Declare it after the @Source it should read from, or set from = \"...\".")
                .inFile(compilation.sourceFiles().get(0))
                .onLine(5);
        assertThat(compilation).hadErrorContaining("[streamz.unknown-upstream] from = \"nope\"");
    }

    @Test
    void aCycleIsOneErrorWithoutTheTypeMismatchAroundIt() {
        Compilation compilation = compile(
                "Cycle",
                "@Source void emit(String line);",
                "@Map(from = \"b\") default int a(String s) { return s.length(); }",
                "@Map(from = \"a\") default int b(int x) { return x; }", // b produces int, a takes String
                "@Sink(from = \"emit\") void out(String s);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[streamz.cycle] @Map stage 'a' is part of a cycle");
    }
}
