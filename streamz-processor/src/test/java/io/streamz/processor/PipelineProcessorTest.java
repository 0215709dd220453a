package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor's contract with javac: rounds, deferral, errors, resources. */
class PipelineProcessorTest {
    private static final JavaFileObject WITH_ORDER = JavaFileObjects.forSourceLines(
            "com.acme.Orders",
            "package com.acme;",
            "",
            "import io.streamz.annotations.*;",
            "",
            "@Pipeline",
            "public interface Orders {",
            "    @Source void emit(Order order);",
            "    @Map default long amount(Order order) { return order.amount(); }",
            "    @Sink void out(long amount);",
            "}");

    @Test
    void aPipelineWithAnErrorGetsTheErrorAndNothingGenerated() {
        Compilation compilation = Golden.compile(List.of(JavaFileObjects.forSourceLines(
                "com.acme.Broken",
                "package com.acme;",
                "",
                "import io.streamz.annotations.*;",
                "",
                "@Pipeline",
                "public interface Broken {",
                "    @Source void emit(String line);",
                "    @Map(from = \"emitt\") default int parse(String line) { return line.length(); }",
                "    @Sink void out(int x);",
                "}")));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.unknown-upstream] from = \"emitt\" names no stage in Broken.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("emitt");
    }

    @Test
    void aPipelineWaitsForATypeAnotherProcessorGeneratesInALaterRound() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new OrderGenerator(), new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(WITH_ORDER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Orders");
    }

    /**
     * The documented cost of claiming: a universal processor after this one is not called in a
     * round whose annotations are all claimed, so here nothing generates Order.
     */
    @Test
    void aUniversalProcessorAfterItIsNotCalledInARoundItClaimedWhole() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PipelineProcessor(), new OrderGenerator())
                .compile(WITH_ORDER);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[streamz.unresolved-type] parameter 'order' of 'emit'");
    }

    @Test
    void theClaimAnnotationsOptionLeavesTheAnnotationsToLaterProcessors() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new PipelineProcessor(), new OrderGenerator())
                .withOptions("-Astreamz.claimAnnotations=false")
                .compile(WITH_ORDER);

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Orders");
        assertThat(new PipelineProcessor().getSupportedOptions())
                .containsExactly(
                        "streamz.claimAnnotations",
                        "streamz.twin",
                        "streamz.dot",
                        "streamz.generated",
                        "streamz.metrics");
    }

    @Test
    void aTypeThatNeverAppearsIsAnErrorOnThePipeline() {
        Compilation compilation = Golden.compile(List.of(WITH_ORDER));

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[streamz.unresolved-type] parameter 'order' of 'emit' has type Order");
        assertThat(compilation.errors().stream()
                        .noneMatch(e -> e.getMessage(null).contains("streamz.internal")))
                .isTrue();
    }

    @Test
    void theDotGraphIsAClassOutputResourceNextToTheGeneratedClass() throws IOException {
        Compilation compilation = Golden.compile("totals");

        JavaFileObject dot = compilation.generatedFiles().stream()
                .filter(file -> file.toUri().getPath().endsWith("/CLASS_OUTPUT/com/acme/Streamz_Totals.dot"))
                .findFirst()
                .orElseThrow();
        assertThat(dot.getCharContent(true).toString())
                .isEqualTo(String.join(
                        "\n",
                        "digraph {",
                        "\tgraph [label=Totals rankdir=LR]",
                        "\tn0 [label=\"emit; Stream\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn1 [label=\"map: parse\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn2 [label=\"filter: large\" shape=ellipse style=\"rounded,filled\" fillcolor=white]",
                        "\tn3 [label=\"accumulate: total\" shape=box style=\"rounded,filled\" fillcolor=white]",
                        "\tn4 [label=\"sink: out\" shape=trapezium style=\"rounded,filled\" fillcolor=white]",
                        "\tsubgraph cluster_0 {",
                        "\t\tlabel=runParse",
                        "\t\tn1",
                        "\t\tn2",
                        "\t\tn3",
                        "\t\tn4",
                        "\t}",
                        "\tn0 -> n1",
                        "\tn1 -> n2",
                        "\tn2 -> n3",
                        "\tn3 -> n4",
                        "}",
                        ""));
    }

    @Test
    void itDeclaresItselfIsolatingToGradleAndSupportsTheLatestSourceVersion() throws IOException {
        try (InputStream in =
                PipelineProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo("io.streamz.processor.PipelineProcessor,isolating\n"
                            + "io.streamz.processor.LocalTypesProcessor,isolating");
        }
        try (InputStream in = PipelineProcessor.class.getResourceAsStream(
                "/META-INF/services/javax.annotation.processing.Processor")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList())
                    .containsExactly(
                            "io.streamz.processor.LocalTypesProcessor", "io.streamz.processor.PipelineProcessor");
        }
        assertThat(new LocalTypesProcessor().getSupportedAnnotationTypes()).containsExactly("*");
        assertThat(new PipelineProcessor().getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
        assertThat(new PipelineProcessor().getSupportedAnnotationTypes()).contains("io.streamz.annotations.Pipeline");
    }

    /** Generates {@code com.acme.Order} in its first round, as another processor of the build would. */
    private static final class OrderGenerator extends AbstractProcessor {
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
            if (done) {
                return false;
            }
            done = true;
            try (Writer writer =
                    processingEnv.getFiler().createSourceFile("com.acme.Order").openWriter()) {
                writer.write("package com.acme;\n\npublic record Order(long amount) {}\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return false;
        }
    }
}
