package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
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

    /** Generates {@code com.acme.MoneyCodec} in its first round: a codec class from another processor. */
    static final class GeneratesCodec extends AbstractProcessor {
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
                        .createSourceFile("com.acme.MoneyCodec")
                        .openWriter()) {
                    writer.write(String.join(
                            "\n",
                            "package com.acme;",
                            "import io.streamz.codec.*;",
                            "public final class MoneyCodec implements Codec<Prices.Money> {",
                            "    @Override public void write(Prices.Money value, CodecOutput out) {"
                                    + " out.writeLong(value.cents()); }",
                            "    @Override public Prices.Money read(CodecInput in) {"
                                    + " return new Prices.Money(in.readLong()); }",
                            "    @Override public String schema() { return \"money\"; }",
                            "}",
                            ""));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static final JavaFileObject PRICES = JavaFileObjects.forSourceLines(
            "com.acme.Prices",
            "package com.acme;",
            "import io.streamz.annotations.*;",
            "@Pipeline(distributed = true, codecs = MoneyCodec.class)",
            "public interface Prices {",
            "    final class Money {",
            "        private final long cents;",
            "        public Money(long cents) { this.cents = cents; }",
            "        public long cents() { return cents; }",
            "    }",
            "    @Source void emit(Money money);",
            "    @Sink void out(Money money);",
            "}");

    /**
     * A codec class javac cannot resolve yet is waited for too: before, the pipeline was judged at
     * once, without it, and each stage carrying a {@code Money} was a {@code missing-codec} error.
     */
    @Test
    void aCodecClassGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac().withOptions("-Xlint:all")
                .withProcessors(new GeneratesCodec(), new PipelineProcessor())
                .compile(PRICES);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Streamz_Prices");
    }

    @Test
    void aCodecClassStillMissingAfterTheLastRoundIsOneErrorOnIt() {
        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(PRICES);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.unresolved-type] @Pipeline(codecs = ...) lists a class that does not exist")
                .inFile(PRICES)
                .onLineContaining("codecs = MoneyCodec.class");
        assertThat(compilation.errors().stream()
                        .filter(e -> e.getMessage(null).contains("[streamz."))
                        .count())
                .isEqualTo(1);
    }

    /**
     * A stage naming the class generated from its own pipeline waits for it to the last round; the
     * error says why instead of calling it a type no processor generated.
     */
    @Test
    void aPipelineNamingItsOwnGeneratedClassIsToldWhyItNeverExists() {
        JavaFileObject own = JavaFileObjects.forSourceLines(
                "com.acme.Own",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline",
                "public interface Own {",
                "    @Source void emit(Streamz_Own self);",
                "    @Sink void out(Object self);",
                "}");
        Compilation compilation =
                javac().withProcessors(new PipelineProcessor()).compile(own);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "[streamz.unresolved-type] parameter 'self' of 'emit' has type Streamz_Own, the class"
                                + " the processor generates from this pipeline, which it can only generate once every type"
                                + " the pipeline mentions exists. Use a type of your own here.")
                .inFile(own)
                .onLineContaining("emit(Streamz_Own self)");
    }
}
