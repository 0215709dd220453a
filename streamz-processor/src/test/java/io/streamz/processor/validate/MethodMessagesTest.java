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
 * The method rules' exact messages where they depend on what was found (static, private, or
 * both; the annotations of a method with several), that a method with several stage annotations
 * is not checked as the first of them too, and which inherited abstract methods the generated
 * classes implement themselves: {@code void close()}, and {@code void start()} when a stage stops.
 */
class MethodMessagesTest {
    private static final String NOT_INSTANCE = "; a stage is an instance method the generated class implements"
            + " (abstract) or calls (default). Make it abstract or default.";

    @Test
    void staticPrivateAndBothAreNamedAndSeveralAnnotationsListed() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Mods",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface Mods {",
                        "    @Source void emit(String line);",
                        "    @Map static int a(String line) { return 1; }",
                        "    @Map(from = \"emit\") private int b(String line) { return 2; }",
                        "    @Map(from = \"emit\") private static int c(String line) { return 3; }",
                        // as a @Filter it would also not return boolean: one error, not two
                        "    @Filter @Map default int d(String line) { return 4; }",
                        "    @Sink(from = \"emit\") void out(String line);",
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        assertThat(errors)
                .containsExactly(
                        "6: [streamz.static-or-private-stage] @Map stage 'a' is static" + NOT_INSTANCE,
                        "7: [streamz.static-or-private-stage] @Map stage 'b' is private" + NOT_INSTANCE,
                        "8: [streamz.static-or-private-stage] @Map stage 'c' is private static" + NOT_INSTANCE,
                        "9: [streamz.multiple-stage-annotations] method 'd' has 2 stage annotations (@Filter, @Map);"
                                + " a method is exactly one stage. Keep one annotation and declare another method for"
                                + " the other stage.")
                .inOrder();
    }

    @Test
    void inheritedCloseAndStartAreImplementedWhenAStageStops() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Inherits",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.concurrent.CompletableFuture;",
                        "import java.util.concurrent.CompletionStage;",
                        "public class Inherits {",
                        "    public interface Lifecycle {",
                        "        void start();",
                        "        void close();",
                        "    }",
                        "    @Pipeline",
                        "    public interface Resumable extends Lifecycle {",
                        "        @Source void emit(int x);",
                        "        @MapAsync(stopOnException = true) default CompletionStage<Integer> call(int x) {",
                        "            return CompletableFuture.completedFuture(x);",
                        "        }",
                        "        @Sink void out(int x);",
                        "    }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anotherInheritedAbstractMethodIsAnError() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Inherits",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "public class Inherits {",
                        "    public interface Resettable {",
                        "        void reset();",
                        "        boolean equals(Object other);",
                        "        int hashCode();",
                        "        String toString();",
                        "    }",
                        "    @Pipeline",
                        "    public interface Lines extends Resettable {",
                        "        @Source void emit(String line);",
                        "        @Sink void out(String line);",
                        "    }",
                        "}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.non-stage-abstract-method] Lines inherits abstract method 'reset' from"
                        + " Resettable; the generated class implements only the stages declared in Lines. Give it a"
                        + " default body in Lines or stop extending Resettable.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("public interface Lines");
    }
}
