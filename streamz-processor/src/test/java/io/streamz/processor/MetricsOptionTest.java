package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Metrics are generated only when asked: {@code @Pipeline(metrics = true)} or the processor
 * option {@code -Astreamz.metrics=true}; otherwise the generated code never mentions them.
 */
class MetricsOptionTest {
    private static final JavaFileObject PLAIN = JavaFileObjects.forSourceLines(
            "com.acme.Plain",
            "package com.acme;",
            "",
            "import io.streamz.annotations.*;",
            "",
            "@Pipeline",
            "public interface Plain {",
            "    @Source void emit(String line);",
            "    @Map default int parse(String line) { return line.length(); }",
            "    @Sink void out(int x);",
            "}");

    private static String generated(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        return compilation
                .generatedSourceFile("com.acme.Streamz_Plain")
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }

    @Test
    void withoutTheOptionNothingOfMetricsIsGenerated() throws IOException {
        String source = generated(Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(PLAIN));
        assertThat(source).doesNotContain("Meter");
        assertThat(source).doesNotContain("metrics");
    }

    @Test
    void theOptionMeasuresEveryPipelineOfTheBuild() throws IOException {
        String source = generated(Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror", "-Astreamz.metrics=true")
                .compile(PLAIN));
        assertThat(source).contains("this.emitMeter.countIn();");
        assertThat(source).contains("this.parseMeter.inAsOutOf(this.emitMeter);"); // parse's in is emit's out
        assertThat(source).contains("public Builder metrics(PipelineMetrics metrics)");
        assertThat(source).contains("this.emit.withMetrics(metrics);");
    }

    @Test
    void theOptionSetToFalseLeavesTheAttributeInCharge() throws IOException {
        String source = generated(Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror", "-Astreamz.metrics=false")
                .compile(PLAIN));
        assertThat(source).doesNotContain("Meter");
    }
}
