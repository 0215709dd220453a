package io.streamz.codec;

import java.util.Arrays;

/**
 * A growable byte buffer that codecs write to: numbers big-endian in fixed width (so encoded
 * numbers of one sign sort as bytes do), lengths as unsigned variable-length integers. Reusable
 * after {@link #reset()}. Not thread-safe.
 */
public final class CodecOutput {
    private byte[] bytes;
    private int size;

    /** An empty output with room for 32 bytes. */
    public CodecOutput() {
        this(32);
    }

    /**
     * An empty output with room for {@code capacity} bytes.
     *
     * @param capacity the initial capacity in bytes
     */
    public CodecOutput(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative: " + capacity);
        }
        this.bytes = new byte[capacity];
    }

    /** {@return how many bytes were written since creation or the last {@link #reset()}} */
    public int size() {
        return size;
    }

    /** Forgets what was written, keeping the buffer. */
    public void reset() {
        size = 0;
    }

    /** {@return a copy of the bytes written} */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /**
     * Writes a {@code byte} (the low eight bits of {@code b}).
     *
     * @param b the value
     */
    public void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /**
     * Writes a {@code boolean}.
     *
     * @param b the value
     */
    public void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    /**
     * Writes a {@code short}.
     *
     * @param s the value
     */
    public void writeShort(short s) {
        ensure(2);
        bytes[size++] = (byte) (s >>> 8);
        bytes[size++] = (byte) s;
    }

    /**
     * Writes a {@code char}.
     *
     * @param c the value
     */
    public void writeChar(char c) {
        writeShort((short) c);
    }

    /**
     * Writes a {@code int}.
     *
     * @param v the value
     */
    public void writeInt(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    /**
     * Writes a {@code long}.
     *
     * @param v the value
     */
    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    /**
     * Writes a {@code float}.
     *
     * @param f the value
     */
    public void writeFloat(float f) {
        writeInt(Float.floatToIntBits(f));
    }

    /**
     * IEEE 754 bits, {@link Double#doubleToLongBits} (one NaN), as Kafka's {@code DoubleSerializer}.
     *
     * @param d the value
     */
    public void writeDouble(double d) {
        writeLong(Double.doubleToLongBits(d));
    }

    /**
     * An unsigned variable-length integer: 7 bits per byte, low bits first, the high bit set on
     * every byte but the last.
     *
     * @param v the value
     * @throws IllegalArgumentException if {@code v} is negative
     */
    public void writeLength(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("a length cannot be negative: " + v);
        }
        while ((v & ~0x7f) != 0) {
            writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        writeByte(v);
    }

    /**
     * {@code length} bytes of {@code source} from {@code offset}, as they are (no length prefix).
     *
     * @param source the bytes to copy
     * @param offset where the bytes start in {@code source}
     * @param length how many bytes to copy
     */
    public void writeBytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /**
     * A string in the nested form: its length in UTF-16 units, then each unit in one to three
     * bytes (UTF-8 for every character outside the surrogate range; a surrogate on its own, as
     * CESU-8 does). Every Java string round-trips, unpaired surrogates included.
     *
     * @param s the value
     */
    public void writeString(String s) {
        int length = s.length();
        writeLength(length);
        ensure(length);
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ensure(1);
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                ensure(2);
                bytes[size++] = (byte) (0xc0 | (c >>> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            } else {
                ensure(3);
                bytes[size++] = (byte) (0xe0 | (c >>> 12));
                bytes[size++] = (byte) (0x80 | ((c >>> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
    }

    private void ensure(int more) {
        int needed = size + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, Math.max(16, bytes.length * 2)));
        }
    }
}
