package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reset cycle names what resets the accumulate (itself, or a stage downstream of it) and prints
 * the cycle one stage a line, from the accumulate down to the reset. (javac indents the
 * continuation lines of a multi-line message by two spaces.)
 */
class ResetMessagesTest {
    private static final String ACYCLIC =
            ", a cycle; a @Pipeline must be acyclic because fused code passes each element straight down. The cycle:";

    @Test
    void aResetCycleNamesTheResettingStageAndPrintsTheCycle() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Resets",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface Resets {",
                        "    @Source void emit(int x);",
                        "    @Accumulate(start = \"zero\", resetBy = \"total\")",
                        "    default int total(int sum, int x) { return sum + x; }",
                        "    static int zero() { return 0; }",
                        "    @Accumulate(from = \"emit\", start = \"zero\", resetBy = \"big\")",
                        "    default int other(int sum, int x) { return sum + x; }",
                        "    @Map default int twice(int x) { return 2 * x; }",
                        "    @Filter default boolean big(int x) { return x > 10; }",
                        "    @Sink void out(int x);",
                        "    @Sink(from = \"total\") void totals(int x);",
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        assertThat(errors)
                .containsExactly(
                        "6: [streamz.reset-cycle] @Accumulate stage 'total' is reset by itself" + ACYCLIC
                                + "\n         total\n      -> total (reset)\n"
                                + "  Name a stage that is not fed by 'total', such as a second @Source.",
                        "9: [streamz.reset-cycle] @Accumulate stage 'other' is reset by @Filter stage 'big', which is"
                                + " downstream of it" + ACYCLIC
                                + "\n         other\n      -> twice\n      -> big\n      -> other (reset)\n"
                                + "  Name a stage that is not fed by 'other', such as a second @Source.")
                .inOrder();
    }
}
