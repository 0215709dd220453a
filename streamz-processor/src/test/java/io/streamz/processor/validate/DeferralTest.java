package io.streamz.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A type another processor generates later is waited for, not reported. */
class DeferralTest {
    /** Generates {@code com.acme.Order} in its first round, as AutoValue or Immutables would. */
    static final class GeneratesOrder extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("io.streamz.annotations.Pipeline");
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
                    writer.write("package com.acme;\npublic record Order(int amount) {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static final JavaFileObject ORDERS = JavaFileObjects.forSourceLines(
            "com.acme.Orders",
            "package com.acme;",
            "import io.streamz.annotations.*;",
            "@Pipeline",
            "public interface Orders {",
            "    @Source void emit(String line);",
            "    @Map default Order parse(String line) { return new Order(Integer.parseInt(line)); }",
            "    @Filter default boolean large(Order order) { return order.amount() > 100; }",
            "    @Sink void out(Order order);",
            "}");

    @Test
    void aTypeGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac().withOptions("-Xlint:all")
                .withProcessors(new GeneratesOrder(), new PipelineProcessor())
                .compile(ORDERS);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Orders");
    }

    @Test
    void aTypeStillMissingAfterTheLastRoundIsAnError() {
        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(ORDERS);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.unresolved-type] method 'parse' returns Order, a type that does not exist")
                .inFile(ORDERS)
                .onLineContaining("default Order parse");
        assertThat(compilation)
                .hadErrorContaining("[streamz.unresolved-type] parameter 'order' of 'large' has type Order")
                .inFile(ORDERS)
                .onLineContaining("large(Order order)");
    }
}
