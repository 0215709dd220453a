package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import io.streamz.processor.diag.ProblemCode;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code javac itself rejects (missing or mistyped annotation values, unknown names) still
 * reaches the processor; it must never crash on it.
 */
class RobustnessTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "@Partition List<Integer> batch(int x);",
                "@Partition(\"three\") List<Integer> batch(int x);",
                "@Zip(from = 3) List<Object> pair(int x, int y);",
                "@Zip List<Object> pair(int x, int y);",
                "@Unique(history = \"all\") int distinct(int x);",
                "@Accumulate(start = 0) default int total(int s, int x) { return s + x; }",
                "@Map(from = UNKNOWN) default int twice(int x) { return 2 * x; }",
                "@Map default Missing twice(int x) { return null; }",
                "@Sink void out(Missing<String> x);",
                "@Flatten int each(int[] xs) throws Missing;",
                "@Map default int broken(int x) { return x + ; }",
            })
    void javacErrorsNeverCrashTheProcessor(String stage) {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Odd",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline",
                        "public interface Odd {",
                        "    @Source void emit(int x);",
                        "    " + stage,
                        "    @Sink(from = \"emit\") void last(int x);",
                        "}"));
        assertThat(compilation).failed();
        compilation
                .errors()
                .forEach(error -> assertThat(error.getMessage(Locale.ROOT)).doesNotContain(ProblemCode.INTERNAL.tag()));
    }
}
