package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/** Every codec gives back what it was given, in the nested and the top-level form. */
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

    @Property
    void booleans(@ForAll boolean b) {
        roundTrips(Codecs.BOOLEAN, b);
    }

    @Property
    void bytes(@ForAll byte b) {
        roundTrips(Codecs.BYTE, b);
    }

    @Property
    void shorts(@ForAll short s) {
        roundTrips(Codecs.SHORT, s);
    }

    @Property
    void chars(@ForAll char c) {
        roundTrips(Codecs.CHAR, c);
    }

    @Property
    void ints(@ForAll int i) {
        roundTrips(Codecs.INT, i);
    }

    @Property
    void longs(@ForAll long l) {
        roundTrips(Codecs.LONG, l);
    }

    @Property
    void floats(@ForAll float f) {
        roundTrips(Codecs.FLOAT, f); // Float.equals: NaN equals NaN, -0.0 differs from 0.0
    }

    @Property
    void doubles(@ForAll double d) {
        roundTrips(Codecs.DOUBLE, d);
    }

    @Property(tries = 300)
    void everyStringRoundTripsNestedUnpairedSurrogatesIncluded(@ForAll String s) {
        assertEquals(s, nested(Codecs.STRING, s));
        assertEquals(s + "\ud800x\udc00", nested(Codecs.STRING, s + "\ud800x\udc00"));
    }

    @Property(tries = 300)
    void topLevelStringsAreUtf8AsKafkaReadsThem(@ForAll String s) {
        String asUtf8 = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(asUtf8, Codecs.STRING.fromBytes(Codecs.STRING.toBytes(s)));
    }

    @Property(tries = 300)
    void byteArrays(@ForAll byte[] bytes) {
        assertArrayEquals(bytes, nested(Codecs.BYTES, bytes));
        assertArrayEquals(bytes, Codecs.BYTES.fromBytes(Codecs.BYTES.toBytes(bytes)));
    }

    @Property
    void uuids(@ForAll long most, @ForAll long least) {
        roundTrips(Codecs.UUID, new UUID(most, least));
    }

    @Property(tries = 200)
    void primitiveArrays(
            @ForAll boolean[] z,
            @ForAll short[] s,
            @ForAll char[] c,
            @ForAll int[] i,
            @ForAll long[] l,
            @ForAll float[] f,
            @ForAll double[] d) {
        assertArrayEquals(z, Codecs.BOOLEAN_ARRAY.fromBytes(Codecs.BOOLEAN_ARRAY.toBytes(z)));
        assertArrayEquals(s, nested(Codecs.SHORT_ARRAY, s));
        assertArrayEquals(c, Codecs.CHAR_ARRAY.fromBytes(Codecs.CHAR_ARRAY.toBytes(c)));
        assertArrayEquals(i, nested(Codecs.INT_ARRAY, i));
        assertArrayEquals(l, Codecs.LONG_ARRAY.fromBytes(Codecs.LONG_ARRAY.toBytes(l)));
        assertArrayEquals(f, nested(Codecs.FLOAT_ARRAY, f));
        assertArrayEquals(d, Codecs.DOUBLE_ARRAY.fromBytes(Codecs.DOUBLE_ARRAY.toBytes(d)));
    }

    @Property
    void enums(@ForAll Colour colour) {
        roundTrips(Codecs.enumByName("a.Colour", Colour.values()), colour);
    }

    @Property
    void nullables(@ForAll @WithNull Integer i, @ForAll @WithNull String s) {
        roundTrips(Codecs.nullable(Codecs.INT), i);
        roundTrips(Codecs.nullable(Codecs.STRING), s);
    }

    @Property(tries = 300)
    void records(
            @ForAll @WithNull String customer,
            @ForAll long amount,
            @ForAll @WithNull List<@WithNull Integer> lines,
            @ForAll @WithNull Colour colour) {
        roundTrips(ORDER, new Order(customer, amount, lines, colour));
    }

    @Property(tries = 200)
    void lists(@ForAll List<@WithNull String> list) {
        roundTrips(Codecs.list(Codecs.STRING), list);
    }

    @Property(tries = 300)
    void setsKeepTheirOrder(@ForAll Set<@WithNull Long> set) {
        Set<Long> read = nested(Codecs.set(Codecs.LONG), set);
        assertEquals(set, read);
        assertEquals(new java.util.ArrayList<>(set), new java.util.ArrayList<>(read), "in the order written");
    }

    @Property(tries = 200)
    void maps(@ForAll @Size(max = 8) Map<@WithNull String, @WithNull @Size(max = 8) List<Double>> map) {
        roundTrips(Codecs.map(Codecs.STRING, Codecs.list(Codecs.DOUBLE)), map);
    }

    @Property(tries = 200)
    void mapsIntoTheFactorysType(@ForAll @Size(max = 8) Map<Integer, @WithNull String> customers) {
        Codec<TreeMap<Integer, Order>> codec = Codecs.map(Codecs.INT, ORDER, n -> new TreeMap<>());
        TreeMap<Integer, Order> sorted = new TreeMap<>();
        customers.forEach((k, v) -> sorted.put(k, new Order(v, k, List.of(k), Colour.values()[k & 1])));
        assertEquals(sorted, codec.fromBytes(codec.toBytes(sorted)));
    }

    @Property(tries = 300)
    void tuples(@ForAll @WithNull String a, @ForAll @WithNull Integer b, @ForAll @WithNull int[] c) {
        Codec<List<Object>> codec = Codecs.tuple(Codecs.STRING, Codecs.INT, Codecs.INT_ARRAY);
        List<Object> read = codec.fromBytes(codec.toBytes(java.util.Arrays.asList(a, b, c)));
        assertEquals(a, read.get(0));
        assertEquals(b, read.get(1));
        assertArrayEquals(c, (int[]) read.get(2));
    }
}
