package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated class name taken twice is a positioned error, never javac's FilerException. */
class GeneratedNamesTest {
    private static final JavaFileObject TOTALS = JavaFileObjects.forSourceLines(
            "com.acme.Totals",
            "package com.acme;",
            "import io.streamz.annotations.*;",
            "@Pipeline",
            "public interface Totals {",
            "    @Source void emit(String line);",
            "    @Sink void out(String line);",
            "}");

    @Test
    void aUserClassInAnotherFileNamedLikeTheGeneratedClassIsNamedInTheError() {
        JavaFileObject user = JavaFileObjects.forSourceLines(
                "com.acme.Streamz_Totals", "package com.acme;", "public record Streamz_Totals(int x) {}");

        Compilation compilation =
                Compiler.javac().withProcessors(new PipelineProcessor()).compile(TOTALS, user);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.generated-name-clash] the class generated for Totals would be"
                        + " com.acme.Streamz_Totals, a name already taken; record com.acme.Streamz_Totals is"
                        + " declared in this compilation. Rename or move that type, or rename Totals.")
                .inFile(TOTALS)
                .onLineContaining("public interface Totals");
    }

    @Test
    void aPipelineWaitingForALaterRoundStillSeesTheNameAnEarlierPipelineTook() {
        JavaFileObject nested = JavaFileObjects.forSourceLines(
                "com.acme.Shop",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "public class Shop {",
                "    @Pipeline",
                "    public interface Orders {",
                "        @Source void emit(Order order);",
                "        @Sink void out(Order order);",
                "    }",
                "}");
        JavaFileObject topLevel = JavaFileObjects.forSourceLines(
                "com.acme.Shop_Orders",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Shop_Orders {",
                "    @Source void emit(String line);",
                "    @Sink void out(String line);",
                "}");

        Compilation compilation = Compiler.javac()
                .withProcessors(new GeneratesOrder(), new PipelineProcessor())
                .compile(nested, topLevel);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        for (JavaFileObject file : List.of(nested, topLevel)) {
            assertThat(compilation)
                    .hadErrorContaining("would be com.acme.Streamz_Shop_Orders, a name already taken; the @Pipeline")
                    .inFile(file)
                    .onLineContaining("interface");
        }
        assertThat(compilation.errors().stream()
                        .noneMatch(e -> e.getMessage(null).contains("streamz.internal")))
                .isTrue();
    }

    /** An earlier build's class files on the class path are replaced, as javac allows: no clash. */
    @Test
    void aClassFileOfAnEarlierBuildIsNotAClash(@TempDir Path earlier) throws IOException {
        Compilation first =
                Compiler.javac().withProcessors(new PipelineProcessor()).compile(TOTALS);
        assertThat(first).succeeded();
        List<File> classpath = new ArrayList<>(List.of(earlier.toFile()));
        classpath.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(File::new)
                .toList());
        for (JavaFileObject file : first.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = earlier.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + 14));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        assertThat(Files.exists(earlier.resolve("com/acme/Streamz_Totals.class")))
                .isTrue();

        Compilation again = Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withClasspath(classpath)
                .compile(TOTALS);

        assertThat(again).succeeded();
        assertThat(again).generatedSourceFile("com.acme.Streamz_Totals");
    }

    /** Generates {@code com.acme.Order} in its first round, so the nested pipeline waits a round. */
    private static final class GeneratesOrder extends AbstractProcessor {
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
                        .createSourceFile("com.acme.Order")
                        .openWriter()) {
                    writer.write("package com.acme;\n\npublic record Order(long amount) {}\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }
}
