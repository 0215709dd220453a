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
 * What a distributed pipeline must encode: a unique's and a partition's key method's type (their
 * elements are Strings here, which have a codec), and each input of a zip; and the wording of a
 * join of a keyed with an unkeyed stream.
 */
class DistributedCodecsTest {
    private static String missing(String stage, String type) {
        return "[streamz.missing-codec] " + stage + " needs a codec for " + type + ": no codec is derived for " + type
                + " (only primitives, boxes, String, UUID, enums, primitive arrays, records, List, Set and Map)."
                + " List a class implementing io.streamz.codec.Codec<" + type + "> in @Pipeline(codecs = ...).";
    }

    @Test
    void keysOfUniquesAndPartitionsAndTheInputsOfZipsNeedCodecs() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Codecs",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "@Pipeline(distributed = true)",
                        "public interface Codecs {",
                        "    final class Money {",
                        "        final long cents;",
                        "        Money(long cents) { this.cents = cents; }",
                        "    }",
                        "    final class Tag {",
                        "        final String name;",
                        "        Tag(String name) { this.name = name; }",
                        "    }",
                        "    @Source void emit(String line);",
                        "    @KeyBy(key = \"itself\") String byLine(String line);",
                        "    default String itself(String line) { return line; }",
                        "    @Unique(key = \"tag\", history = 2) String fresh(String line);", // line 17
                        "    default Tag tag(String line) { return new Tag(line); }",
                        "    @Partition(value = 2, key = \"tag\", from = \"byLine\") List<String> pairs(String line);",
                        "    @Map(from = \"byLine\") default Money price(String line) { return new Money(line.length()); }",
                        "    @Zip(from = {\"byLine\", \"price\"}) default String both(String line, Money money) {",
                        "        return line;",
                        "    }",
                        "    @Sink(from = \"fresh\") void out(String line);",
                        "    @Sink(from = \"pairs\") void outPairs(List<String> pairs);",
                        "    @Sink(from = \"both\") void outBoth(String both);",
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        assertThat(errors)
                .containsExactly(
                        "17: " + missing("@Unique stage 'fresh'", "Tag"),
                        "19: " + missing("@Partition stage 'pairs'", "Tag"),
                        "21: " + missing("@Zip stage 'both'", "Money"))
                .inOrder();
    }

    @Test
    void aUnionOfAKeyedAndAnUnkeyedStreamNamesBoth() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Keys",
                        "package com.acme;",
                        "import io.streamz.annotations.*;",
                        "@Pipeline",
                        "public interface Keys {",
                        "    @Source void words(String word);",
                        "    @KeyBy(key = \"itself\") String byWord(String word);",
                        "    default String itself(String word) { return word; }",
                        "    @Source void others(String word);",
                        "    @Union(from = {\"byWord\", \"others\"}) String both(String word);",
                        "    @Sink void out(String word);",
                        "}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[streamz.key-mismatch] @Union stage 'both' joins a stream keyed by String (from"
                        + " byWord) with an unkeyed stream (from others). Inputs of a join or union must be keyed by"
                        + " the same type: add a @KeyBy with the same key type before each input.")
                .inFile(compilation.sourceFiles().get(0))
                .onLineContaining("@Union");
    }

    /**
     * A codec serves exactly the type it encodes: a {@code Codec<List<Money>>} once served every
     * {@code List} (codecs were matched by erased name), so a {@code List<String>} source was
     * encoded by it, a {@code ClassCastException} at run time. A deprecated codec constructor, which
     * the spec calls, is suppressed as the other deprecated uses are.
     */
    @Test
    void aCodecServesExactlyItsTypeAndItsDeprecatedConstructorWarnsNowhere() {
        Compilation compilation = javac().withOptions("-Xlint:all")
                .withProcessors(new PipelineProcessor())
                .compile(
                        JavaFileObjects.forSourceLines(
                                "com.acme.MoneyListCodec",
                                "package com.acme;",
                                "import io.streamz.codec.*;",
                                "import java.util.List;",
                                "public final class MoneyListCodec implements Codec<List<Lists.Money>> {",
                                "    @Deprecated public MoneyListCodec() {}",
                                "    @Override public void write(List<Lists.Money> v, CodecOutput out) {}",
                                "    @Override public List<Lists.Money> read(CodecInput in) { return List.of(); }",
                                "    @Override public String schema() { return \"moneys\"; }",
                                "}"),
                        JavaFileObjects.forSourceLines(
                                "com.acme.Lists",
                                "package com.acme;",
                                "import io.streamz.annotations.*;",
                                "import java.util.List;",
                                "@Pipeline(distributed = true, codecs = MoneyListCodec.class)",
                                "public interface Lists {",
                                "    final class Money {}",
                                "    @Source void moneys(List<Money> moneys);",
                                "    @Sink void outMoneys(List<Money> moneys);",
                                "    @Source void names(List<String> names);",
                                "    @Sink void outNames(List<String> names);",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        String spec = compilation
                .generatedSourceFile("com.acme.Streamz_Lists")
                .map(DistributedCodecsTest::text)
                .orElseThrow();
        assertThat(spec)
                .contains(".source(\"moneys\", 0, 0, \"java.util.List<com.acme.Lists.Money>\", new MoneyListCodec())");
        assertThat(spec)
                .contains(".source(\"names\", 1, 0, \"java.util.List<java.lang.String>\", Codecs.list(Codecs.STRING))");
    }

    private static String text(javax.tools.JavaFileObject file) {
        try {
            return file.getCharContent(false).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
