package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.streamz.codec.Codec;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SourceSpec;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codecs the processor derives for a distributed pipeline's ports (docs/keys-and-engines.md): each
 * supported type gets its codec, seen through the spec's schema and a round trip of real values;
 * the user's codecs win, also inside records; each type without one is a positioned
 * {@code missing-codec} error saying which part has none.
 */
class CodecDerivationTest {
    private static final String SUPPORTED =
            " (only primitives, boxes, String, UUID, enums, primitive arrays, records, List, Set and Map)";

    /** A distributed pipeline with, per {name, type}, a source and a sink fed by it, and the extra members. */
    private static Compilation compile(String name, List<String[]> ports, String... members) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.acme;",
                "import io.streamz.annotations.*;",
                "import io.streamz.codec.*;",
                "import java.util.List;",
                "import java.util.Set;",
                "import java.util.UUID;",
                "@Pipeline(distributed = true, codecs = {Mine.PairCodec.class})",
                "public interface " + name + " {"));
        for (String[] port : ports) {
            lines.add("    @Source void " + port[0] + "(" + port[1] + " x);");
            lines.add("    @Sink(from = \"" + port[0] + "\") void " + port[0] + "Out(" + port[1] + " x);");
        }
        for (String member : members) {
            lines.add("    " + member);
        }
        lines.add("}");
        return Golden.compile(List.of(
                JavaFileObjects.forSourceLines("com.acme." + name, lines),
                JavaFileObjects.forSourceLines(
                        "com.acme.Mine",
                        "package com.acme;",
                        "import io.streamz.codec.*;",
                        "public final class Mine {",
                        "    public record Pair(int left, int right) {}",
                        "    public static final class PairCodec implements Codec<Pair> {",
                        "        public void write(Pair p, CodecOutput out) { out.writeInt(p.right());"
                                + " out.writeInt(p.left()); }",
                        "        public Pair read(CodecInput in) { int r = in.readInt(); return new Pair(in.readInt(),"
                                + " r); }",
                        "        public String schema() { return \"mine:pair\"; }",
                        "    }",
                        "}",
                        "record Secret(int value) {}")));
    }

    private static Class<?> generated(Compilation compilation, String name) throws Exception {
        assertThat(compilation).succeededWithoutWarnings();
        return DifferentialTest.generatedClass(compilation, "com.acme.Streamz_" + name);
    }

    private static Map<String, Codec<Object>> codecs(Class<?> generated) throws Exception {
        PipelineSpec spec = (PipelineSpec) generated.getMethod("spec").invoke(null);
        Map<String, Codec<Object>> codecs = new LinkedHashMap<>();
        for (SourceSpec source : spec.sources()) {
            @SuppressWarnings("unchecked")
            Codec<Object> codec = (Codec<Object>) source.codec();
            codecs.put(source.name(), codec);
        }
        return codecs;
    }

    private static void assertRoundTrip(Codec<Object> codec, Object value) {
        Object back = codec.fromBytes(codec.toBytes(value));
        if (value instanceof byte[] bytes) {
            assertThat((byte[]) back).isEqualTo(bytes);
        } else if (value instanceof int[] ints) {
            assertThat((int[]) back).isEqualTo(ints);
        } else if (value instanceof double[] doubles) {
            assertThat((double[]) back).isEqualTo(doubles);
        } else {
            assertThat(back).isEqualTo(value);
        }
    }

    @Test
    void everySupportedScalarAndCollectionGetsItsCodec() throws Exception {
        Object[][] cases = {
            {"aBoolean", "boolean", "boolean", true},
            {"aByte", "byte", "byte", (byte) -5},
            {"aShort", "short", "short", (short) -300},
            {"aChar", "char", "char", '\u00e9'},
            {"anInt", "int", "int", -70_000},
            {"aLong", "long", "long", 1L << 40},
            {"aFloat", "float", "float", 1.5f},
            {"aDouble", "double", "double", -0.25},
            {"boxedInt", "Integer", "int", 42},
            {"boxedChar", "Character", "char", 'x'},
            {"aString", "String", "string", "h\u00e9llo"},
            {"aUuid", "UUID", "uuid", new UUID(1, 2)},
            {"bytes", "byte[]", "byte[]", new byte[] {1, -2, 3}},
            {"ints", "int[]", "int[]", new int[] {7, -8}},
            {"doubles", "double[]", "double[]", new double[] {0.5}},
            {"aList", "List<String>", "list<string?>", java.util.Arrays.asList("a", null, "b")},
            {"aSet", "Set<Integer>", "set<int?>", Set.of(3, 4)},
            {"aMap", "java.util.Map<String, List<Long>>", "map<string?,list<long?>?>", Map.of("k", List.of(1L, 2L))},
            {"aPair", "Mine.Pair", "mine:pair", null},
        };
        List<String[]> ports = new ArrayList<>();
        for (Object[] c : cases) {
            ports.add(new String[] {(String) c[0], (String) c[1]});
        }
        Map<String, Codec<Object>> codecs = codecs(generated(compile("Scalars", ports), "Scalars"));
        assertThat(codecs.keySet())
                .containsExactlyElementsIn(ports.stream().map(p -> p[0]).toList())
                .inOrder();
        for (Object[] c : cases) {
            Codec<Object> codec = codecs.get((String) c[0]);
            assertThat(codec.schema()).isEqualTo(c[2]);
            if (c[3] != null) {
                assertRoundTrip(codec, c[3]);
            }
        }
        ClassLoader loader = codecs.get("aPair").getClass().getClassLoader();
        Object pair = construct(loader.loadClass("com.acme.Mine$Pair"), 1, 2);
        assertRoundTrip(codecs.get("aPair"), pair);
    }

    @Test
    void recordsAndEnumsGetCodecsOfTheirComponentsAndTheUsersCodecWinsInside() throws Exception {
        Compilation compilation = compile(
                "Shapes",
                List.of(new String[] {"anEnum", "Color"}, new String[] {"point", "Point"}, new String[] {"line", "Line"
                }),
                "enum Color { RED, GREEN }",
                "record Point(int x, String label, List<Color> colors, Mine.Pair pair) {}",
                "record Line(Point from, Point to, long[] marks) {}");
        Class<?> generated = generated(compilation, "Shapes");
        Map<String, Codec<Object>> codecs = codecs(generated);
        String point = "record com.acme.Shapes.Point{x:int,label:string?,colors:list<enum com.acme.Shapes.Color?>?,"
                + "pair:mine:pair?}";
        assertThat(codecs.get("anEnum").schema()).isEqualTo("enum com.acme.Shapes.Color");
        assertThat(codecs.get("point").schema()).isEqualTo(point);
        assertThat(codecs.get("line").schema())
                .isEqualTo("record com.acme.Shapes.Line{from:" + point + "?,to:" + point + "?,marks:long[]?}");

        ClassLoader loader = generated.getClassLoader();
        Object green = loader.loadClass("com.acme.Shapes$Color").getEnumConstants()[1];
        Object pair = construct(loader.loadClass("com.acme.Mine$Pair"), 1, 2);
        Class<?> pointClass = loader.loadClass("com.acme.Shapes$Point");
        Object full = construct(pointClass, 3, "p", List.of(green), pair);
        Object nulls = construct(pointClass, -4, null, null, null);
        assertRoundTrip(codecs.get("anEnum"), green);
        assertRoundTrip(codecs.get("point"), full);
        assertRoundTrip(codecs.get("point"), nulls);
        Object line = construct(loader.loadClass("com.acme.Shapes$Line"), full, nulls, new long[] {5L, -6L});
        Object back = codecs.get("line").fromBytes(codecs.get("line").toBytes(line));
        Class<?> lineClass = back.getClass();
        assertThat(lineClass.getMethod("from").invoke(back)).isEqualTo(full);
        assertThat(lineClass.getMethod("to").invoke(back)).isEqualTo(nulls);
        assertThat((long[]) lineClass.getMethod("marks").invoke(back)).isEqualTo(new long[] {5L, -6L});
    }

    @Test
    void eachTypeWithoutACodecIsAnErrorOnItsSourceAndSinkSayingWhichPartHasNone() {
        String[][] cases = {
            {"words", "String[]", "arrays of objects have no derived codec; use a List"},
            {"objects", "Object", "no codec is derived for Object" + SUPPORTED},
            {"boxes", "Box<String>", "no codec is derived for Box<String>" + SUPPORTED},
            {"secrets", "Secret", "record com.acme.Secret is not public"},
            {
                "nodes",
                "Node",
                "component next of record com.acme.Missing.Node: record com.acme.Missing.Node contains" + " itself"
            },
            {"bags", "Bag", "component items of record com.acme.Missing.Bag: List is raw"},
            {"tables", "Table", "component rows of record com.acme.Missing.Table: Map is raw"},
            {
                "pairs",
                "Either",
                "component right of record com.acme.Missing.Either: no codec is derived for" + " StringBuilder"
                        + SUPPORTED
            },
            {"lists", "List<Object>", "no codec is derived for Object" + SUPPORTED},
            {"wilds", "Wild", "component items of record com.acme.Missing.Wild: ? has no codec"},
            {"byValue", "java.util.Map<String, StringBuilder>", "no codec is derived for StringBuilder" + SUPPORTED},
            {"byKey", "java.util.Map<Object, StringBuilder>", "no codec is derived for Object" + SUPPORTED},
        };
        List<String[]> ports = new ArrayList<>();
        for (String[] c : cases) {
            ports.add(new String[] {c[0], c[1]});
        }
        Compilation compilation = compile(
                "Missing",
                ports,
                "record Box<T>(T value) {}",
                "record Node(int value, Node next) {}",
                "@SuppressWarnings(\"rawtypes\") record Bag(List items) {}",
                "@SuppressWarnings(\"rawtypes\") record Table(java.util.Map rows) {}",
                "record Either(int left, StringBuilder right) {}",
                "record Wild(List<?> items) {}");
        assertThat(compilation).hadErrorCount(2 * cases.length);
        for (String[] c : cases) {
            String type = c[1].replace("java.util.", "");
            String end = " needs a codec for " + type + ": " + c[2] + ". List a class implementing"
                    + " io.streamz.codec.Codec<" + type + "> in @Pipeline(codecs = ...).";
            assertThat(compilation)
                    .hadErrorContaining("[streamz.missing-codec] @Source stage '" + c[0] + "'" + end)
                    .inFile(compilation.sourceFiles().get(0))
                    .onLineContaining("void " + c[0] + "(");
            assertThat(compilation)
                    .hadErrorContaining("[streamz.missing-codec] @Sink stage '" + c[0] + "Out'" + end)
                    .inFile(compilation.sourceFiles().get(0))
                    .onLineContaining("void " + c[0] + "Out(");
        }
    }

    private static Object construct(Class<?> type, Object... arguments) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }
}
