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
 * A user who deprecates their pipeline, one of its stages or a type its stages use sees no
 * warning in the generated code under {@code -Xlint:all -Werror}: the generated class suppresses
 * {@code deprecation} (and {@code removal} for {@code forRemoval = true}) exactly when it must name
 * such an element, and nothing otherwise.
 */
class DeprecatedPipelineTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new PipelineProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(sources);
    }

    private static String generated(Compilation compilation, String name) throws IOException {
        return compilation
                .generatedSourceFile(name)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }

    @Test
    void aDeprecatedPipelineAndStageCompileWithoutWarnings() throws IOException {
        Compilation compilation = compile(JavaFileObjects.forSourceLines(
                "com.acme.Old",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "/** @deprecated use New */",
                "@Deprecated @Pipeline public interface Old {",
                "  @Source void emit(int x);",
                "  @Deprecated @Map default int twice(int x) { return 2 * x; }",
                "  @Sink void out(int x);",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.Streamz_Old"))
                .contains("@SuppressWarnings(\"deprecation\")\npublic final class Streamz_Old");
    }

    @Test
    void aStageDeprecatedForRemovalSuppressesRemovalToo() throws IOException {
        Compilation compilation = compile(JavaFileObjects.forSourceLines(
                "com.acme.Going",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline public interface Going {",
                "  @Source void emit(int x);",
                "  @Deprecated(forRemoval = true) @Filter default boolean even(int x) { return x % 2 == 0; }",
                "  @Deprecated @Sink void out(int x);",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.Streamz_Going"))
                .contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
    }

    @Test
    void aDeprecatedTypeInAStageSignatureOrAnEnclosingTypeIsSuppressed() {
        JavaFileObject legacy = JavaFileObjects.forSourceLines(
                "com.acme.Legacy",
                "package com.acme;",
                "@Deprecated(forRemoval = true) public final class Legacy {",
                "  public record Reading(int value) {}",
                "}");
        JavaFileObject outer = JavaFileObjects.forSourceLines(
                "com.acme.Outer",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "import java.util.List;",
                "@SuppressWarnings(\"removal\")",
                "@Deprecated public class Outer {",
                "  @Pipeline public interface Readings {",
                "    @Source void emit(List<Legacy.Reading> readings);",
                "    @Flatten Legacy.Reading each(List<Legacy.Reading> readings);",
                "    @Map default int value(Legacy.Reading r) { return r.value(); }",
                "    @Sink void out(int value);",
                "  }",
                "}");
        assertThat(compile(legacy, outer)).succeededWithoutWarnings();
    }

    @Test
    void aDeprecatedKeyedPipelineCompilesWithoutWarnings() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines(
                "com.acme.Counts",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Deprecated @Pipeline public interface Counts {",
                "  @Source void emit(String word);",
                "  @KeyBy(key = \"word\") String byWord(String word);",
                "  @Deprecated default String word(String w) { return w; }",
                "  @Accumulate(start = \"zero\") default long count(long n, String w) { return n + 1; }",
                "  @Deprecated(forRemoval = true) default long zero() { return 0L; }",
                "  @Sink void out(long count);",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aDeprecatedCodecOfADistributedPipelineIsSuppressed() {
        JavaFileObject money = JavaFileObjects.forSourceLines(
                "com.acme.Money", "package com.acme;", "public record Money(long cents) {}");
        JavaFileObject codec = JavaFileObjects.forSourceLines(
                "com.acme.OldMoneyCodec",
                "package com.acme;",
                "import io.streamz.codec.*;",
                "@Deprecated public final class OldMoneyCodec implements Codec<Money> {",
                "  @Override public void write(Money value, CodecOutput out) { out.writeLong(value.cents()); }",
                "  @Override public Money read(CodecInput in) { return new Money(in.readLong()); }",
                "  @Override public String schema() { return \"com.acme.Money{cents:long}\"; }",
                "}");
        JavaFileObject prices = JavaFileObjects.forSourceLines(
                "com.acme.Prices",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@SuppressWarnings(\"deprecation\")",
                "@Pipeline(distributed = true, codecs = OldMoneyCodec.class) public interface Prices {",
                "  @Source void emit(Money price);",
                "  @Map default Money doubled(Money m) { return new Money(2 * m.cents()); }",
                "  @Sink void out(Money price);",
                "}");
        assertThat(compile(money, codec, prices)).succeededWithoutWarnings();
    }

    @Test
    void aPipelineWithoutDeprecatedUsesSuppressesNothing() throws IOException {
        Compilation compilation = compile(JavaFileObjects.forSourceLines(
                "com.acme.Fresh",
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "@Pipeline public interface Fresh {",
                "  @Source void emit(int x);",
                "  @Sink void out(int x);",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.Streamz_Fresh")).doesNotContain("SuppressWarnings");
    }

    /**
     * A distributed pipeline's derived codec of a record calls its canonical constructor and its
     * accessors, and the spec calls a listed codec's constructor: deprecated ones warned inside
     * the generated class.
     */
    @Test
    void deprecatedRecordAccessorsAndCodecConstructorsAreSuppressed() throws IOException {
        Compilation compilation = compile(
                JavaFileObjects.forSourceLines(
                        "com.acme.Reading",
                        "package com.acme;",
                        "public record Reading(String sensor, int value) {",
                        "  @Deprecated public int value() { return value; }",
                        "}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.TagCodec",
                        "package com.acme;",
                        "import io.streamz.codec.*;",
                        "public final class TagCodec implements Codec<Readings.Tag> {",
                        "  @Deprecated public TagCodec() {}",
                        "  @Override public void write(Readings.Tag v, CodecOutput out) {}",
                        "  @Override public Readings.Tag read(CodecInput in) { return new Readings.Tag(); }",
                        "  @Override public String schema() { return \"tag\"; }",
                        "}"),
                JavaFileObjects.forSourceLines(
                        "com.acme.Readings",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline(distributed = true, codecs = TagCodec.class) public interface Readings {",
                        "  final class Tag {}",
                        "  @Source void emit(List<Reading> readings);",
                        "  @Sink void out(List<Reading> readings);",
                        "  @Source void tags(Tag tag);",
                        "  @Sink void outTags(Tag tag);",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.Streamz_Readings"))
                .contains("@SuppressWarnings(\"deprecation\")\npublic final class Streamz_Readings");
    }
}
