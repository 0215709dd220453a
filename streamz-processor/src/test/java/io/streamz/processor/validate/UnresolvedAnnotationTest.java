package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import io.streamz.processor.read.SourceTrees;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An interface whose annotations javac cannot resolve is not judged: javac's own error stands
 * alone, with no Streamz error guessing at what the annotations meant.
 */
class UnresolvedAnnotationTest {
    @Test
    void anAmbiguousMapLeavesOnlyJavacsError() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import java.util.*;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @Map default int length(String line) { return line.length(); }",
                "    @Sink void out(int length);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("reference to Map is ambiguous")
                .inFile(source)
                .onLineContaining("@Map default int length");
    }

    @Test
    void theFullyQualifiedMapCompiles() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import java.util.*;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @io.streamz.annotations.Map default int length(String line) { return line.length(); }",
                "    @Sink void out(List<Integer> lengths);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.type-mismatch] @Sink stage 'out' takes List<Integer> but its upstream"
                        + " 'length' produces int")
                .inFile(source)
                .onLineContaining("List<Integer> lengths");
    }

    @Test
    void aMisspelledStageAnnotationLeavesOnlyJavacsError() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @Mapp default int length(String line) { return line.length(); }",
                "    @Sink void out(int length);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).contains("cannot find symbol");
    }

    @Test
    void stagesOfAnInterfaceWhoseAmbiguousPipelineJavacReportsAreNotCalledStray() {
        JavaFileObject other = JavaFileObjects.forSourceLines(
                "com.other.Pipeline", "package com.other;", "public @interface Pipeline {}");
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import com.other.*;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @Sink void out(String line);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(other, source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("reference to Pipeline is ambiguous")
                .inFile(source)
                .onLineContaining("@Pipeline");
    }

    @Test
    void anAnnotationTypeAnotherProcessorGeneratesIsWaitedFor() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @Audited @Map default int length(String line) { return line.length(); }",
                "    @Sink void out(int length);",
                "}");

        Compilation compilation = javac().withOptions("-Xlint:all", "-Werror")
                .withProcessors(new GeneratesAudited(), new PipelineProcessor())
                .compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Lengths");
    }

    /** Generates the annotation type {@code com.acme.Audited} in its first round. */
    private static final class GeneratesAudited extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv
                        .getFiler()
                        .createSourceFile("com.acme.Audited")
                        .openWriter()) {
                    writer.write("package com.acme;\n\npublic @interface Audited {}\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }

    /** An unresolved annotation on the interface itself: no Streamz error for the stage either. */
    @Test
    void anUnresolvedAnnotationOnTheInterfaceLeavesOnlyJavacsError() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Lengths",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Nope",
                "@Pipeline",
                "public interface Lengths {",
                "    @Source void emit(String line);",
                "    @Filter default int length(String line) { return 1; }", // not boolean: not judged
                "    @Sink void out(String line);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(source)
                .onLine(3);
    }

    /** The same on a parameter of a stage. */
    @Test
    void anUnresolvedAnnotationOnAParameterLeavesOnlyJavacsError() {
        JavaFileObject source = JavaFileObjects.forSourceLines(
                "com.acme.Params",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Params {",
                "    @Source void emit(@Nope String line);",
                "    @Filter default int length(String line) { return 1; }",
                "    @Sink void out(String line);",
                "}");

        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(source)
                .onLine(5);
    }

    /** Without javac's trees (another compiler), nothing is known unresolved and no local type is found. */
    @Test
    void withoutTreesNothingIsUnresolvedAndNoLocalTypeFound() {
        SourceTrees none = SourceTrees.none();
        assertThat(none.hasUnresolvedAnnotation(null)).isFalse();
        assertThat(none.hasUnresolvedAnnotationIn(null)).isFalse();
        assertThat(none.localAnnotations(List.of(), null)).isEmpty();
    }
}
