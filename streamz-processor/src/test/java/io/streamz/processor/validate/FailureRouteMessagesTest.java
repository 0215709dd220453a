package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@code @OnFailure} route's errors sit on the {@code from} value they are about (each value
 * of an array on its own line here, and a single value on the line after the annotation), say
 * whether the same sink or another one routed the stage first, and list a checked exception the
 * sink throws.
 */
class FailureRouteMessagesTest {
    private static final String ONCE = "; a stage routes its failures to one @OnFailure sink. Name it once.";

    @Test
    void routedTwiceIsReportedOnTheValueNamingTheStageAgain() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Routes",
                        "package com.acme;",
                        "import io.streamz.FailedElement;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface Routes {",
                        "    @Source void emit(String line);",
                        "    @Map default int parse(String line) { return Integer.parseInt(line); }",
                        "    @Map default int twice(int x) { return 2 * x; }",
                        "    @Sink void out(int x);",
                        "    @OnFailure(from = {",
                        "            \"parse\",",
                        "            \"twice\",",
                        "            \"parse\"})", // line 13
                        "    void errors(FailedElement failure);",
                        "    @OnFailure(",
                        "            from = \"twice\")", // line 16
                        "    void others(FailedElement failure);",
                        "    @OnFailure(from = \"parse\") default void thrown(FailedElement failure)"
                                + " throws java.io.IOException {}", // line 18
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        assertThat(errors)
                .containsExactly(
                        "13: [streamz.on-failure-routed-twice] stage 'parse' is routed twice by 'errors'" + ONCE,
                        "16: [streamz.on-failure-routed-twice] stage 'twice' is routed by 'errors' already" + ONCE,
                        "18: [streamz.on-failure-signature] @OnFailure sink 'thrown' throws checked IOException; an"
                                + " error route is void thrown(FailedElement failure), abstract (a"
                                + " Consumer<FailedElement> set on the builder) or default (its body).",
                        "18: [streamz.on-failure-routed-twice] stage 'parse' is routed by 'errors' already" + ONCE);
    }
}
