package io.streamz.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link CodecInput} on a slice of a larger array: every read stops at the slice's end with the
 * codec's own message, never reading the bytes after it, and a refused read moves nothing.
 */
class CodecInputTest {
    /** 0x01..0x08, of which the tests read a slice: the bytes after it must never be read. */
    private static final byte[] BYTES = {1, 2, 3, 4, 5, 6, 7, 8};

    private static String refusal(int offset, int length, Consumer<CodecInput> read) {
        CodecInput in = new CodecInput(BYTES, offset, length);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> read.accept(in));
        assertEquals(length, in.remaining(), "a refused read moves nothing");
        return error.getMessage();
    }

    @Test
    void everyReadStopsAtTheEndOfTheSliceNotOfTheArray() {
        assertEquals("truncated input: needed 1 bytes at offset 2, 0 left", refusal(2, 0, CodecInput::readByte));
        assertEquals("truncated input: needed 2 bytes at offset 2, 1 left", refusal(2, 1, CodecInput::readShort));
        assertEquals("truncated input: needed 2 bytes at offset 2, 1 left", refusal(2, 1, CodecInput::readChar));
        assertEquals("truncated input: needed 4 bytes at offset 2, 3 left", refusal(2, 3, CodecInput::readInt));
        assertEquals("truncated input: needed 4 bytes at offset 1, 3 left", refusal(1, 3, CodecInput::readFloat));
        assertEquals("truncated input: needed 1 bytes at offset 3, 0 left", refusal(3, 0, CodecInput::readBoolean));
        assertEquals("truncated input: needed 3 bytes at offset 2, 2 left", refusal(2, 2, in -> in.readBytes(3)));
        assertEquals("truncated input: needed 1 bytes at offset 5, 0 left", refusal(5, 0, CodecInput::readLength));
    }

    @Test
    void aLongOrDoubleReadsItsFirstHalfBeforeFindingTheSecondMissing() {
        CodecInput in = new CodecInput(BYTES, 0, 7);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, in::readLong);
        assertEquals("truncated input: needed 4 bytes at offset 4, 3 left", error.getMessage());
        CodecInput doubles = new CodecInput(BYTES, 1, 4);
        error = assertThrows(IllegalArgumentException.class, doubles::readDouble);
        assertEquals("truncated input: needed 4 bytes at offset 5, 0 left", error.getMessage());
    }

    @Test
    void readsInsideTheSliceSeeItsBytesInOrder() {
        CodecInput in = new CodecInput(BYTES, 1, 7);
        assertEquals(2, in.readByte());
        assertEquals((short) 0x0304, in.readShort());
        assertArrayEquals(new byte[] {5}, in.readBytes(1));
        assertArrayEquals(new byte[0], in.readBytes(0));
        assertEquals((char) 0x0607, in.readChar());
        assertEquals(1, in.remaining());
        IllegalArgumentException leftOver = assertThrows(IllegalArgumentException.class, () -> in.requireEnd("a pair"));
        assertEquals("cannot read a pair: 1 bytes left over after the value", leftOver.getMessage());
        assertEquals(8, in.readByte());
        in.requireEnd("a pair");
        assertEquals(0x01020304, new CodecInput(BYTES).readInt());
        assertEquals(0x0102030405060708L, new CodecInput(BYTES).readLong());
    }

    @Test
    void aStringLongerThanTheSliceIsTruncatedInput() {
        byte[] bytes = {3, 'a', 'b', 'c'};
        CodecInput in = new CodecInput(bytes, 0, 3);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, in::readString);
        assertEquals("truncated input: needed 3 bytes at offset 1, 2 left", error.getMessage());
        assertEquals("abc", new CodecInput(bytes).readString());
    }

    @Test
    void malformedValuesNameTheirOffset() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> new CodecInput(new byte[] {0, 2}, 1, 1).readBoolean());
        assertEquals("malformed boolean 2 at offset 1", error.getMessage());
        byte[] sixBytes = {0, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        error = assertThrows(IllegalArgumentException.class, () -> new CodecInput(sixBytes, 1, 5).readLength());
        assertEquals("malformed length at offset 1", error.getMessage());
        byte[] tooLarge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x10};
        error = assertThrows(IllegalArgumentException.class, () -> new CodecInput(tooLarge).readLength());
        assertEquals("malformed length at offset 0", error.getMessage());
        byte[] largest = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        assertEquals(Integer.MAX_VALUE, new CodecInput(largest).readLength());
        error = assertThrows(IllegalArgumentException.class, () -> new CodecInput(BYTES).readBytes(-1));
        assertEquals("a length cannot be negative: -1", error.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> new CodecInput(BYTES, 4, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> new CodecInput(BYTES, -1, 2));
    }

    @Test
    void aBrokenCharacterNamesItsOffset() {
        byte[] badContinuation = {2, (byte) 0xc3, 0x41};
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new CodecInput(badContinuation).readString());
        assertEquals("malformed character at offset 2", error.getMessage());
        byte[] fourByteLead = {1, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80};
        error = assertThrows(IllegalArgumentException.class, () -> new CodecInput(fourByteLead).readString());
        assertEquals("malformed character at offset 1", error.getMessage());
        byte[] loneContinuation = {1, (byte) 0x80};
        error = assertThrows(IllegalArgumentException.class, () -> new CodecInput(loneContinuation).readString());
        assertEquals("malformed character at offset 1", error.getMessage());
    }

    /** Each character at the edges of the one-, two- and three-byte forms, byte for byte. */
    @Test
    void charactersAtTheEdgesOfEachFormTakeTheirExactBytes() {
        String edges = "\u007f\u0080\u07ff\u0800\uffff";
        CodecOutput out = new CodecOutput();
        out.writeString(edges);
        byte[] expected = {
            5,
            0x7f,
            (byte) 0xc2,
            (byte) 0x80,
            (byte) 0xdf,
            (byte) 0xbf,
            (byte) 0xe0,
            (byte) 0xa0,
            (byte) 0x80,
            (byte) 0xef,
            (byte) 0xbf,
            (byte) 0xbf
        };
        assertArrayEquals(expected, out.toByteArray());
        CodecInput in = new CodecInput(expected);
        assertEquals(edges, in.readString());
        in.requireEnd("the edges");
    }
}
