package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.processor.PipelineProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which key types are unstable (equal keys that could encode differently, or equal keys that are
 * not equal), each with its reason: arrays (also inside a list), sets and maps, {@code Object}, a
 * record with such a component, a class without its own (or with an abstract) {@code equals}; and
 * which are stable: a list of strings, a recursive record, a class overriding {@code equals}, an
 * enum, {@code UUID} and primitives.
 */
class KeyStabilityTest {
    private static final String FIX = ". Key by a value type: a String, a number, an enum or a record of them.";

    @Test
    void eachUnstableKeyTypeIsReportedWithItsReason() {
        Compilation compilation = javac().withProcessors(new PipelineProcessor())
                .compile(JavaFileObjects.forSourceLines(
                        "com.acme.Keys",
                        "package com.acme;",
                        "",
                        "import io.streamz.annotations.*;",
                        "import java.util.List;",
                        "import java.util.Map;",
                        "import java.util.Set;",
                        "import java.util.UUID;",
                        "",
                        "@Pipeline",
                        "public interface Keys {",
                        "    record Tagged(String name, Set<String> tags) {}",
                        "    record Node(String name, Node next) {}",
                        "    final class Plain {}",
                        "    final class Valued {",
                        "        @Override public boolean equals(Object o) { return o instanceof Valued; }",
                        "        @Override public int hashCode() { return 1; }",
                        "    }",
                        "    abstract class AbstractEquals {",
                        "        @Override public abstract boolean equals(Object o);",
                        "        @Override public abstract int hashCode();",
                        "    }",
                        "    enum Color { RED }",
                        "    @Source void emit(String s);",
                        "    @KeyBy(key = \"array\") String byArray(String s);",
                        "    default int[] array(String s) { return new int[0]; }",
                        "    @KeyBy(key = \"set\", from = \"emit\") String bySet(String s);",
                        "    default Set<String> set(String s) { return Set.of(); }",
                        "    @KeyBy(key = \"map\", from = \"emit\") String byMap(String s);",
                        "    default Map<String, Integer> map(String s) { return Map.of(); }",
                        "    @KeyBy(key = \"arrays\", from = \"emit\") String byArrays(String s);",
                        "    default List<int[]> arrays(String s) { return List.of(); }",
                        "    @KeyBy(key = \"strings\", from = \"emit\") String byStrings(String s);",
                        "    default List<String> strings(String s) { return List.of(); }",
                        "    @KeyBy(key = \"object\", from = \"emit\") String byObject(String s);",
                        "    default Object object(String s) { return s; }",
                        "    @KeyBy(key = \"tagged\", from = \"emit\") String byTagged(String s);",
                        "    default Tagged tagged(String s) { return null; }",
                        "    @KeyBy(key = \"node\", from = \"emit\") String byNode(String s);",
                        "    default Node node(String s) { return null; }",
                        "    @KeyBy(key = \"plain\", from = \"emit\") String byPlain(String s);",
                        "    default Plain plain(String s) { return null; }",
                        "    @KeyBy(key = \"valued\", from = \"emit\") String byValued(String s);",
                        "    default Valued valued(String s) { return null; }",
                        "    @KeyBy(key = \"abstractEquals\", from = \"emit\") String byAbstractEquals(String s);",
                        "    default AbstractEquals abstractEquals(String s) { return null; }",
                        "    @KeyBy(key = \"color\", from = \"emit\") String byColor(String s);",
                        "    default Color color(String s) { return Color.RED; }",
                        "    @KeyBy(key = \"uuid\", from = \"emit\") String byUuid(String s);",
                        "    default UUID uuid(String s) { return null; }",
                        "    @KeyBy(key = \"length\", from = \"emit\") String byLength(String s);",
                        "    default int length(String s) { return s.length(); }",
                        "    @KeyBy(key = \"chars\", from = \"emit\") String byChars(String s);",
                        "    default CharSequence chars(String s) { return s; }",
                        "    @KeyBy(key = \"comparable\", from = \"emit\") String byComparable(String s);",
                        "    default Comparable<String> comparable(String s) { return s; }",
                        "    @KeyBy(key = \"number\", from = \"emit\") String byNumber(String s);",
                        "    default Number number(String s) { return s.length(); }",
                        "    @KeyBy(key = \"shape\", from = \"emit\") String byShape(String s);",
                        "    default Runnable shape(String s) { return () -> {}; }",
                        "}"));
        List<String> errors = ErrorLines.of(compilation);
        String unordered = ", whose encoding follows its iteration order, which equal ";
        assertThat(errors)
                .containsExactly(
                        "24: [streamz.unstable-key] @KeyBy stage 'byArray' keys by int[], an array, whose equals is"
                                + " identity (two equal arrays are two keys)" + FIX,
                        "26: [streamz.unstable-key] @KeyBy stage 'bySet' keys by Set<String>, a Set" + unordered
                                + "Sets need not share" + FIX,
                        "28: [streamz.unstable-key] @KeyBy stage 'byMap' keys by Map<String, Integer>, a Map"
                                + unordered + "Maps need not share" + FIX,
                        "30: [streamz.unstable-key] @KeyBy stage 'byArrays' keys by List<int[]>, an array, whose equals"
                                + " is identity (two equal arrays are two keys)" + FIX,
                        "34: [streamz.unstable-key] @KeyBy stage 'byObject' keys by Object, which may hold"
                                + " anything" + FIX,
                        "36: [streamz.unstable-key] @KeyBy stage 'byTagged' keys by Tagged, a record whose component"
                                + " tags is a Set" + unordered + "Sets need not share" + FIX,
                        "40: [streamz.unstable-key] @KeyBy stage 'byPlain' keys by Plain, a class that does not override"
                                + " equals (identity)" + FIX,
                        "44: [streamz.unstable-key] @KeyBy stage 'byAbstractEquals' keys by AbstractEquals, a class that"
                                + " does not override equals (identity)" + FIX,
                        "52: [streamz.unstable-key] @KeyBy stage 'byChars' keys by CharSequence, an interface, which may"
                                + " hold any class implementing it" + FIX,
                        "54: [streamz.unstable-key] @KeyBy stage 'byComparable' keys by Comparable<String>, an"
                                + " interface, which may hold any class implementing it" + FIX,
                        "56: [streamz.unstable-key] @KeyBy stage 'byNumber' keys by Number, an abstract class, which may"
                                + " hold any subclass" + FIX,
                        "58: [streamz.unstable-key] @KeyBy stage 'byShape' keys by Runnable, an interface, which may"
                                + " hold any class implementing it" + FIX)
                .inOrder();
    }
}
