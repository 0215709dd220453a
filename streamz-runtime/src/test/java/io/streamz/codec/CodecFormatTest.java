package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes the codecs write, what they refuse to read, and their schemas and fingerprints. */
class CodecFormatTest {

    @Test
    void compositeTopLevelValuesStartWithTheFormatVersion() {
        assertEquals(1, Codecs.FORMAT_VERSION);
        assertArrayEquals(
                new byte[] {1, 2, 1, 0, 0, 0, 7, 0}, Codecs.list(Codecs.INT).toBytes(Arrays.asList(7, null)));
        assertArrayEquals(new byte[] {1, 3, 'a', 'b', (byte) 0xc3, (byte) 0xa9}, withVersion("abé"));
        IllegalArgumentException future = assertThrows(
                IllegalArgumentException.class, () -> Codecs.list(Codecs.INT).fromBytes(new byte[] {2, 0}));
        assertEquals("cannot read list<int?>: format version 2, this runtime reads version 1", future.getMessage());
    }

    private static byte[] withVersion(String s) {
        CodecOutput out = new CodecOutput();
        out.writeByte(Codecs.FORMAT_VERSION);
        Codecs.STRING.write(s, out);
        return out.toByteArray();
    }

    @Test
    void scalarsHaveNoVersionByte() {
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 1, 0}, Codecs.LONG.toBytes(256L));
        assertArrayEquals(new byte[] {'h', 'i'}, Codecs.STRING.toBytes("hi"));
        IllegalArgumentException wrongSize =
                assertThrows(IllegalArgumentException.class, () -> Codecs.INT.fromBytes(new byte[] {1, 2, 3}));
        assertEquals("truncated input: needed 4 bytes at offset 0, 3 left", wrongSize.getMessage());
        IllegalArgumentException tooLong =
                assertThrows(IllegalArgumentException.class, () -> Codecs.INT.fromBytes(new byte[5]));
        assertEquals("cannot read int: 1 bytes left over after the value", tooLong.getMessage());
    }

    @Test
    void malformedInputIsRefusedWithItsOffset() {
        assertEquals(
                "malformed boolean 2 at offset 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Codecs.nullable(Codecs.INT).fromBytes(new byte[] {1, 2}))
                        .getMessage());
        assertEquals(
                "malformed length at offset 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Codecs.list(Codecs.INT).fromBytes(new byte[] {1, -1, -1, -1, -1, 127}))
                        .getMessage());
        assertEquals(
                "truncated input: an array of 100 elements, 0 bytes left",
                assertThrows(IllegalArgumentException.class, () -> Codecs.INT_ARRAY.fromBytes(new byte[] {1, 100}))
                        .getMessage());
        assertEquals(
                "malformed character at offset 3",
                assertThrows(IllegalArgumentException.class, () -> withVersionRead(new byte[] {1, 2, 'a', (byte) 0xff}))
                        .getMessage());
        assertEquals(
                "cannot read enum a.E: it has no constant PURPLE",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Codecs.enumByName("a.E", Thread.State.values())
                                        .fromBytes(new byte[] {1, 6, 'P', 'U', 'R', 'P', 'L', 'E'}))
                        .getMessage());
    }

    private static String withVersionRead(byte[] bytes) {
        CodecInput in = new CodecInput(bytes);
        in.readByte();
        return Codecs.STRING.read(in);
    }

    @Test
    void nullNeedsANullableCodecInsideAValue() {
        record Named(String name) {}
        Codec<Named> strict = Codecs.record(
                "a.Named", c -> new Named((String) c[0]), Codecs.field("name", Codecs.STRING, Named::name));
        NullPointerException e = assertThrows(NullPointerException.class, () -> strict.toBytes(new Named(null)));
        assertEquals("component name is null; give it a Codecs.nullable codec", e.getMessage());
        IllegalArgumentException arity = assertThrows(
                IllegalArgumentException.class,
                () -> Codecs.tuple(Codecs.INT, Codecs.INT).toBytes(List.of(1)));
        assertEquals("cannot write tuple<int?,int?>: the tuple has 1 items [1]", arity.getMessage());
    }

    @Test
    void schemasDescribeTheStructure() {
        assertEquals(
                "map<string?,list<double[]?>?>",
                Codecs.map(Codecs.STRING, Codecs.list(Codecs.DOUBLE_ARRAY)).schema());
        assertEquals("enum a.E", Codecs.enumByName("a.E", Thread.State.values()).schema());
        assertEquals("set<uuid?>", Codecs.set(Codecs.UUID).schema());
        assertEquals("long?", Codecs.nullable(Codecs.nullable(Codecs.LONG)).schema());
        assertEquals("Codec[string]", Codecs.STRING.toString());
    }

    @Test
    void fingerprintsAreStableAndTellSchemasApart() {
        // FNV-1a 64 of the UTF-8 bytes: fixed forever, since stores are checked against it
        assertEquals("cbf29ce484222325", Codecs.fingerprint(""));
        assertEquals("af63dc4c8601ec8c", Codecs.fingerprint("a"));
        assertNotEquals(Codecs.fingerprint("long<long>"), Codecs.fingerprint("long<int>"));
        assertEquals(
                16,
                Codecs.fingerprint(Codecs.map(Codecs.STRING, Codecs.LONG).schema())
                        .length());
    }

    @Test
    void outputsGrowAndReset() {
        CodecOutput out = new CodecOutput(0);
        for (int i = 0; i < 100; i++) {
            out.writeLong(i);
        }
        assertEquals(800, out.size());
        out.reset();
        out.writeLength(300);
        assertArrayEquals(new byte[] {(byte) 0xac, 0x02}, out.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> out.writeLength(-1));
        assertThrows(IllegalArgumentException.class, () -> new CodecOutput(-1));
        assertEquals(Map.of(), Codecs.map(Codecs.INT, Codecs.INT).fromBytes(new byte[] {1, 0}));
    }
}
