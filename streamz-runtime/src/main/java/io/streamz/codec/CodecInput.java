package io.streamz.codec;

import java.util.Objects;

/**
 * Reads what a {@link CodecOutput} wrote, from a byte array, with a position. Every read past the
 * end, or of a malformed length or character, throws {@link IllegalArgumentException} naming the
 * offset. Not thread-safe.
 */
public final class CodecInput {
    private final byte[] bytes;
    private final int end;
    private int position;

    /**
     * Reads all of {@code bytes}.
     *
     * @param bytes the bytes to read
     */
    public CodecInput(byte[] bytes) {
        this(bytes, 0, Objects.requireNonNull(bytes, "bytes").length);
    }

    /**
     * Reads {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @param bytes the bytes to read
     * @param offset where to start reading
     * @param length how many bytes to read
     */
    public CodecInput(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(bytes, "bytes").length);
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** {@return the bytes left to read} */
    public int remaining() {
        return end - position;
    }

    /**
     * Checks that everything was read.
     *
     * @param what what was being read, for the message
     * @throws IllegalArgumentException naming {@code what} if bytes are left over
     */
    public void requireEnd(String what) {
        if (position != end) {
            throw new IllegalArgumentException(
                    "cannot read " + what + ": " + remaining() + " bytes left over after the value");
        }
    }

    /** {@return the next {@code byte}, as {@link CodecOutput#writeByte} wrote it} */
    public byte readByte() {
        require(1);
        return bytes[position++];
    }

    /** {@return the next {@code boolean}, as {@link CodecOutput#writeBoolean} wrote it} */
    public boolean readBoolean() {
        int b = readByte();
        if (b != 0 && b != 1) {
            throw new IllegalArgumentException("malformed boolean " + b + " at offset " + (position - 1));
        }
        return b == 1;
    }

    /** {@return the next {@code short}, as {@link CodecOutput#writeShort} wrote it} */
    public short readShort() {
        require(2);
        int v = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
        position += 2;
        return (short) v;
    }

    /** {@return the next {@code char}, as {@link CodecOutput#writeChar} wrote it} */
    public char readChar() {
        return (char) readShort();
    }

    /** {@return the next {@code int}, as {@link CodecOutput#writeInt} wrote it} */
    public int readInt() {
        require(4);
        int v = ((bytes[position] & 0xff) << 24)
                | ((bytes[position + 1] & 0xff) << 16)
                | ((bytes[position + 2] & 0xff) << 8)
                | (bytes[position + 3] & 0xff);
        position += 4;
        return v;
    }

    /** {@return the next {@code long}, as {@link CodecOutput#writeLong} wrote it} */
    public long readLong() {
        long high = readInt();
        return (high << 32) | (readInt() & 0xffffffffL);
    }

    /** {@return the next {@code float}, as {@link CodecOutput#writeFloat} wrote it} */
    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    /** {@return the next {@code double}, as {@link CodecOutput#writeDouble} wrote it} */
    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** {@return a length written by {@link CodecOutput#writeLength}} */
    public int readLength() {
        int start = position;
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0 || (shift == 28 && (b & 0x70) != 0)) {
                    break;
                }
                return value;
            }
        }
        throw new IllegalArgumentException("malformed length at offset " + start);
    }

    /**
     * {@code length} bytes as they are.
     *
     * @param length how many bytes to read
     * @return {@code length} bytes as they are
     */
    public byte[] readBytes(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a length cannot be negative: " + length);
        }
        require(length);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, position, copy, 0, length);
        position += length;
        return copy;
    }

    /** {@return a string written by {@link CodecOutput#writeString}} */
    public String readString() {
        int length = readLength();
        if (length > remaining()) {
            throw truncated(length);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int b = readByte() & 0xff;
            if (b < 0x80) {
                chars[i] = (char) b;
            } else if ((b & 0xe0) == 0xc0) {
                chars[i] = (char) (((b & 0x1f) << 6) | continuation());
            } else if ((b & 0xf0) == 0xe0) {
                int middle = continuation();
                chars[i] = (char) (((b & 0x0f) << 12) | (middle << 6) | continuation());
            } else {
                throw new IllegalArgumentException("malformed character at offset " + (position - 1));
            }
        }
        return new String(chars);
    }

    private int continuation() {
        int b = readByte() & 0xff;
        if ((b & 0xc0) != 0x80) {
            throw new IllegalArgumentException("malformed character at offset " + (position - 1));
        }
        return b & 0x3f;
    }

    private void require(int count) {
        if (count > end - position) {
            throw truncated(count);
        }
    }

    private IllegalArgumentException truncated(int count) {
        return new IllegalArgumentException(
                "truncated input: needed " + count + " bytes at offset " + position + ", " + remaining() + " left");
    }
}
