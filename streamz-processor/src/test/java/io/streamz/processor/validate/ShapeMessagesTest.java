package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape rules' exact messages, which depend on the kind (a source's body or another
 * generated stage's, the arity a join, an accumulate or another stage needs and how to declare
 * it), and which asynchronous sink returns are accepted: {@code CompletionStage<?>} and
 * {@code CompletionStage<? extends Object>}, not a lower bound or a stage of a value.
 */
class ShapeMessagesTest {
    private static final String SINK = " must return void, or CompletionStage<Void> (or CompletionStage<?>) for an"
            + " asynchronous sink; it returns %s. A sink consumes elements and emits nothing: change the return type,"
            + " or make it a @Map if its result should flow on.";

    @Test
    void eachShapeMistakeSaysWhatTheKindNeeds() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Shapes",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "import java.util.concurrent.CompletionStage;",
                        "@Pipeline",
                        "public interface Shapes {",
                        "    @Source default void emit(String line) {}",
                        "    @Source void other(String line);",
                        "    @Buffer(2) default String queued(String line) { return line; }",
                        "    @Zip(from = {\"other\", \"queued\"}) List<Object> pair(String a);",
                        "    @Map default int twoArgs(String a, String b) { return 1; }",
                        "    @Accumulate default int acc(int x) { return x; }",
                        "    @Sink(from = \"other\") CompletionStage<? super Void> superSink(String line);",
                        "    @Sink(from = \"other\") CompletionStage<? extends Integer> valueSink(String line);",
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        assertThat(errors)
                .containsExactly(
                        "7: [streamz.stage-must-be-abstract] @Source stage 'emit' has a body, but the processor"
                                + " generates @Source stages. Remove the body (and 'default'); the generated class"
                                + " implements it.",
                        "9: [streamz.stage-must-be-abstract] @Buffer stage 'queued' has a body, but the processor"
                                + " generates @Buffer stages. Remove the body (and 'default'); put your own logic in a"
                                + " @Map or @Filter stage.",
                        "10: [streamz.wrong-arity] @Zip stage 'pair' must take 2 parameters, one per name in from ="
                                + " [other, queued]; it takes 1 parameter. Declare one parameter per input, in from"
                                + " order, typed as that input's output.",
                        "11: [streamz.wrong-arity] @Map stage 'twoArgs' must take exactly one parameter, the element;"
                                + " it takes 2 parameters. Declare one parameter typed as the upstream's output; to"
                                + " combine several streams use @Zip, @CombineLatest or @Union.",
                        "12: [streamz.wrong-arity] @Accumulate stage 'acc' must take two parameters (state, element);"
                                + " it takes 1 parameter. Declare it as 'S acc(S state, T element)'.",
                        "13: [streamz.sink-returns-value] @Sink stage 'superSink'"
                                + String.format(SINK, "CompletionStage<? super Void>"),
                        "14: [streamz.sink-returns-value] @Sink stage 'valueSink'"
                                + String.format(SINK, "CompletionStage<? extends Integer>"))
                .inOrder();
    }

    @Test
    void asynchronousSinksMayReturnAStageOfAnything() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Sinks",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.concurrent.CompletionStage;",
                        "@Pipeline",
                        "public interface Sinks {",
                        "    @Source void other(String line);",
                        "    @Sink CompletionStage<? extends Object> objects(String line);",
                        "    @Sink(from = \"other\") CompletionStage<?> any(String line);",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
