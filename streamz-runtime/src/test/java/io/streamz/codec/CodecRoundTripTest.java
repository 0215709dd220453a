package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.check.Gen;
import io.streamz.check.Gens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every codec gives back what it was given, in the nested and the top-level form: properties over
 * random values (edge cases included) run by {@code io.streamz.check}, which shrinks a failure to a
 * minimal value.
 */
class CodecRoundTripTest {

    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    record Order(String customer, long amount, List<Integer> lines, Colour colour) {}

    static final Codec<Order> ORDER = Codecs.record(
            "a.Order",
            c -> new Order((String) c[0], (Long) c[1], castList(c[2]), (Colour) c[3]),
            Codecs.field("customer", Codecs.nullable(Codecs.STRING), Order::customer),
            Codecs.field("amount", Codecs.LONG, Order::amount),
            Codecs.field("lines", Codecs.nullable(Codecs.list(Codecs.INT)), Order::lines),
            Codecs.field("colour", Codecs.nullable(Codecs.enumByName("a.Colour", Colour.values())), Order::colour));

    @SuppressWarnings("unchecked")
    private static List<Integer> castList(Object list) {
        return (List<Integer>) list;
    }

    /** The nested form read back, every byte consumed. */
    static <T> T nested(Codec<T> codec, T value) {
        CodecOutput out = new CodecOutput(0);
        codec.write(value, out);
        CodecInput in = new CodecInput(out.toByteArray());
        T read = codec.read(in);
        in.requireEnd(codec.schema());
        return read;
    }

    static <T> void roundTrips(Codec<T> codec, T value) {
        assertEquals(value, nested(codec, value));
        assertEquals(value, codec.fromBytes(codec.toBytes(value)));
    }

    /** {@code codec} round-trips {@code tries} random values of {@code gen}, in both forms. */
    private static <T> void roundTripsAll(String name, Codec<T> codec, Gen<T> gen, int tries) {
        Gens.property(name + " round-trips", gen).tries(tries).check(value -> roundTrips(codec, value));
    }

    @Test
    void booleans() {
        roundTripsAll("BOOLEAN", Codecs.BOOLEAN, Gens.booleans(), 100);
    }

    @Test
    void bytes() {
        roundTripsAll("BYTE", Codecs.BYTE, Gens.bytes(), 1_000);
    }

    @Test
    void shorts() {
        roundTripsAll("SHORT", Codecs.SHORT, Gens.shorts(), 1_000);
    }

    @Test
    void chars() {
        roundTripsAll("CHAR", Codecs.CHAR, Gens.chars(), 1_000);
    }

    @Test
    void ints() {
        roundTripsAll("INT", Codecs.INT, Gens.ints(), 1_000);
    }

    @Test
    void longs() {
        roundTripsAll("LONG", Codecs.LONG, Gens.longs(), 1_000);
    }

    @Test
    void floats() {
        // Float.equals: NaN equals NaN, -0.0 differs from 0.0
        roundTripsAll("FLOAT", Codecs.FLOAT, Gens.floats(), 1_000);
    }

    @Test
    void doubles() {
        roundTripsAll("DOUBLE", Codecs.DOUBLE, Gens.doubles(), 1_000);
    }

    @Test
    void everyStringRoundTripsNestedUnpairedSurrogatesIncluded() {
        Gens.property("STRING round-trips nested", Gens.strings()).tries(1_000).check(s -> {
            assertEquals(s, nested(Codecs.STRING, s));
            assertEquals(s + "\ud800x\udc00", nested(Codecs.STRING, s + "\ud800x\udc00"));
        });
    }

    @Test
    void topLevelStringsAreUtf8AsKafkaReadsThem() {
        Gens.property("STRING top level is UTF-8", Gens.strings()).tries(1_000).check(s -> {
            String asUtf8 = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(asUtf8, Codecs.STRING.fromBytes(Codecs.STRING.toBytes(s)));
        });
    }

    @Test
    void byteArrays() {
        Gens.property("BYTES round-trips", byteArrayGen()).tries(1_000).check(b -> {
            assertArrayEquals(b, nested(Codecs.BYTES, b));
            assertArrayEquals(b, Codecs.BYTES.fromBytes(Codecs.BYTES.toBytes(b)));
        });
    }

    @Test
    void uuids() {
        Gen<UUID> uuids = Gens.map(
                Gens.tuple(Gens.longs(), Gens.longs()),
                t -> new UUID((Long) t.get(0), (Long) t.get(1)),
                u -> List.of(u.getMostSignificantBits(), u.getLeastSignificantBits()));
        roundTripsAll("UUID", Codecs.UUID, uuids, 1_000);
    }

    @Test
    void primitiveArrays() {
        Gens.property("BOOLEAN_ARRAY round-trips", Gens.lists(Gens.booleans()))
                .tries(300)
                .check(list -> {
                    boolean[] z = new boolean[list.size()];
                    for (int i = 0; i < z.length; i++) {
                        z[i] = list.get(i);
                    }
                    assertArrayEquals(z, nested(Codecs.BOOLEAN_ARRAY, z));
                    assertArrayEquals(z, Codecs.BOOLEAN_ARRAY.fromBytes(Codecs.BOOLEAN_ARRAY.toBytes(z)));
                });
        Gens.property("SHORT_ARRAY round-trips", Gens.lists(Gens.shorts()))
                .tries(300)
                .check(list -> {
                    short[] s = new short[list.size()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = list.get(i);
                    }
                    assertArrayEquals(s, nested(Codecs.SHORT_ARRAY, s));
                    assertArrayEquals(s, Codecs.SHORT_ARRAY.fromBytes(Codecs.SHORT_ARRAY.toBytes(s)));
                });
        Gens.property("CHAR_ARRAY round-trips", Gens.strings()).tries(300).check(string -> {
            char[] c = string.toCharArray();
            assertArrayEquals(c, nested(Codecs.CHAR_ARRAY, c));
            assertArrayEquals(c, Codecs.CHAR_ARRAY.fromBytes(Codecs.CHAR_ARRAY.toBytes(c)));
        });
        Gens.property("INT_ARRAY round-trips", Gens.lists(Gens.ints()))
                .tries(300)
                .check(list -> {
                    int[] i = list.stream().mapToInt(Integer::intValue).toArray();
                    assertArrayEquals(i, nested(Codecs.INT_ARRAY, i));
                    assertArrayEquals(i, Codecs.INT_ARRAY.fromBytes(Codecs.INT_ARRAY.toBytes(i)));
                });
        Gens.property("LONG_ARRAY round-trips", Gens.lists(Gens.longs()))
                .tries(300)
                .check(list -> {
                    long[] l = list.stream().mapToLong(Long::longValue).toArray();
                    assertArrayEquals(l, nested(Codecs.LONG_ARRAY, l));
                    assertArrayEquals(l, Codecs.LONG_ARRAY.fromBytes(Codecs.LONG_ARRAY.toBytes(l)));
                });
        Gens.property("FLOAT_ARRAY round-trips", Gens.lists(Gens.floats()))
                .tries(300)
                .check(list -> {
                    float[] f = new float[list.size()];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = list.get(i);
                    }
                    assertArrayEquals(f, nested(Codecs.FLOAT_ARRAY, f));
                    assertArrayEquals(f, Codecs.FLOAT_ARRAY.fromBytes(Codecs.FLOAT_ARRAY.toBytes(f)));
                });
        Gens.property("DOUBLE_ARRAY round-trips", Gens.lists(Gens.doubles()))
                .tries(300)
                .check(list -> {
                    double[] d = list.stream().mapToDouble(Double::doubleValue).toArray();
                    assertArrayEquals(d, nested(Codecs.DOUBLE_ARRAY, d));
                    assertArrayEquals(d, Codecs.DOUBLE_ARRAY.fromBytes(Codecs.DOUBLE_ARRAY.toBytes(d)));
                });
    }

    @Test
    void enums() {
        Gen<Colour> colours = Gens.map(Gens.ints(), i -> Colour.values()[Math.floorMod(i, 3)], Colour::ordinal);
        roundTripsAll("enumByName", Codecs.enumByName("a.Colour", Colour.values()), colours, 100);
    }

    @Test
    void nullables() {
        roundTripsAll("nullable(INT)", Codecs.nullable(Codecs.INT), Gens.nullable(Gens.ints()), 1_000);
        roundTripsAll("nullable(STRING)", Codecs.nullable(Codecs.STRING), Gens.nullable(Gens.strings()), 1_000);
    }

    @Test
    void records() {
        Gen<Colour> colours = Gens.map(Gens.ints(), i -> Colour.values()[Math.floorMod(i, 3)], Colour::ordinal);
        Gen<Order> orders = Gens.map(
                Gens.tuple(
                        Gens.nullable(Gens.strings()),
                        Gens.longs(),
                        Gens.nullable(Gens.lists(Gens.nullable(Gens.ints()))),
                        Gens.nullable(colours)),
                t -> new Order((String) t.get(0), (Long) t.get(1), castList(t.get(2)), (Colour) t.get(3)),
                o -> Arrays.asList(o.customer(), o.amount(), o.lines(), o.colour()));
        roundTripsAll("record", ORDER, orders, 500);
    }

    @Test
    void lists() {
        roundTripsAll("list(STRING)", Codecs.list(Codecs.STRING), Gens.lists(Gens.nullable(Gens.strings())), 500);
    }

    @Test
    void setsKeepTheirOrder() {
        Gens.property("set(LONG) round-trips in order", Gens.sets(Gens.nullable(Gens.longs())))
                .tries(500)
                .check(set -> {
                    Set<Long> read = nested(Codecs.set(Codecs.LONG), set);
                    assertEquals(set, read);
                    assertEquals(new ArrayList<>(set), new ArrayList<>(read), "in the order written");
                });
    }

    @Test
    void maps() {
        roundTripsAll(
                "map(STRING, list(DOUBLE))",
                Codecs.map(Codecs.STRING, Codecs.list(Codecs.DOUBLE)),
                Gens.maps(Gens.nullable(Gens.strings()), Gens.nullable(Gens.lists(Gens.doubles()))),
                300);
    }

    @Test
    void mapsIntoTheFactorysType() {
        Codec<TreeMap<Integer, Order>> codec = Codecs.map(Codecs.INT, ORDER, n -> new TreeMap<>());
        Gens.property("map(INT, record) into a TreeMap", Gens.maps(Gens.ints(), Gens.nullable(Gens.strings())))
                .tries(300)
                .check(customers -> {
                    TreeMap<Integer, Order> sorted = new TreeMap<>();
                    customers.forEach((k, v) -> sorted.put(k, new Order(v, k, List.of(k), Colour.values()[k & 1])));
                    assertEquals(sorted, codec.fromBytes(codec.toBytes(sorted)));
                });
    }

    @Test
    void tuples() {
        Codec<List<Object>> codec = Codecs.tuple(Codecs.STRING, Codecs.INT, Codecs.INT_ARRAY);
        Gen<int[]> intArrays = Gens.map(
                Gens.lists(Gens.ints()),
                l -> l.stream().mapToInt(Integer::intValue).toArray(),
                a -> Arrays.stream(a).boxed().toList());
        Gens.property(
                        "tuple(STRING, INT, INT_ARRAY) round-trips",
                        Gens.tuple(Gens.nullable(Gens.strings()), Gens.nullable(Gens.ints()), Gens.nullable(intArrays)))
                .tries(500)
                .check(t -> {
                    List<Object> read = codec.fromBytes(codec.toBytes(t));
                    assertEquals(t.get(0), read.get(0));
                    assertEquals(t.get(1), read.get(1));
                    assertArrayEquals((int[]) t.get(2), (int[]) read.get(2));
                });
    }

    /** Byte arrays of up to 20 random bytes, shrinking as lists do. */
    static Gen<byte[]> byteArrayGen() {
        return Gens.map(
                Gens.lists(Gens.bytes()),
                list -> {
                    byte[] b = new byte[list.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = list.get(i);
                    }
                    return b;
                },
                b -> {
                    List<Byte> list = new ArrayList<>(b.length);
                    for (byte x : b) {
                        list.add(x);
                    }
                    return list;
                });
    }
}
