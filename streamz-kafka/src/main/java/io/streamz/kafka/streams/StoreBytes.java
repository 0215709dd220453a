package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;
import io.streamz.codec.Codecs;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/**
 * How state lives in a {@code KeyValueStore<Bytes, byte[]>}. Every store key starts with the
 * scope key: a 4-byte big-endian length ({@code -1} for no key) and the key codec's top-level
 * bytes (those of the record key). After it, single values have nothing; collections have a tag
 * byte ({@link #META} for their counters, {@link #BY_ELEMENT} for entries by element or inner key,
 * {@link #BY_SEQ} for entries by sequence number) and the element in the codec's nested form or
 * an 8-byte big-endian sequence number, so a prefix scan finds one key's entries in order.
 * Values are the format version byte and the value in the nested form (null allowed).
 */
final class StoreBytes {
    static final byte META = 0;
    static final byte BY_ELEMENT = 1;
    static final byte BY_SEQ = 2;
    /** The store key of the fingerprint entry: a length no scope key has. */
    static final Bytes FINGERPRINT = Bytes.wrap(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe});

    private StoreBytes() {}

    /** The prefix of every entry of scope key {@code keyBytes} ({@code null}: no key). */
    static byte[] keyPrefix(byte[] keyBytes) {
        int length = keyBytes == null ? 0 : keyBytes.length;
        ByteBuffer prefix = ByteBuffer.allocate(4 + length);
        prefix.putInt(keyBytes == null ? -1 : length);
        if (keyBytes != null) {
            prefix.put(keyBytes);
        }
        return prefix.array();
    }

    /** The scope key bytes a prefix was made of ({@code null}: no key). */
    static byte[] keyOf(byte[] prefix) {
        int length = ByteBuffer.wrap(prefix, 0, 4).getInt();
        return length < 0 ? null : Arrays.copyOfRange(prefix, 4, 4 + length);
    }

    /** {@code prefix}, then {@code tag}. */
    static Bytes tagged(byte[] prefix, byte tag) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + 1);
        key[prefix.length] = tag;
        return Bytes.wrap(key);
    }

    /** {@code prefix}, {@code tag}, then {@code element} in {@code codec}'s nested form. */
    static <E> Bytes element(byte[] prefix, byte tag, Codec<E> codec, E element) {
        CodecOutput out = new CodecOutput(prefix.length + 16);
        out.writeBytes(prefix, 0, prefix.length);
        out.writeByte(tag);
        codec.write(element, out);
        return Bytes.wrap(out.toByteArray());
    }

    /** {@code prefix}, {@code tag}, then {@code seq} in 8 bytes big-endian. */
    static Bytes seq(byte[] prefix, byte tag, long seq) {
        return Bytes.wrap(ByteBuffer.allocate(prefix.length + 9)
                .put(prefix)
                .put(tag)
                .putLong(seq)
                .array());
    }

    /** A stored value: the version byte and {@code value} in the nested form of {@code codec} (nullable). */
    static <T> byte[] value(Codec<T> codec, T value) {
        CodecOutput out = new CodecOutput();
        out.writeByte(Codecs.FORMAT_VERSION);
        codec.write(value, out);
        return out.toByteArray();
    }

    /** Reads a stored value written by {@link #value}. */
    static <T> T read(Codec<T> codec, byte[] bytes, String store) {
        CodecInput in = new CodecInput(bytes);
        int version = in.readByte() & 0xff;
        if (version != Codecs.FORMAT_VERSION) {
            throw new IllegalStateException("store " + store + " holds format version " + version
                    + "; this runtime reads version " + Codecs.FORMAT_VERSION + ". Reset the application's state.");
        }
        T value = codec.read(in);
        in.requireEnd(codec.schema());
        return value;
    }

    /** Two longs (a collection's counters). */
    static byte[] longs(long a, long b) {
        return ByteBuffer.allocate(16).putLong(a).putLong(b).array();
    }

    /** The first of two longs ({@code 0} when absent). */
    static long first(byte[] longs) {
        return longs == null ? 0 : ByteBuffer.wrap(longs).getLong(0);
    }

    /** The second of two longs ({@code 0} when absent). */
    static long second(byte[] longs) {
        return longs == null ? 0 : ByteBuffer.wrap(longs).getLong(8);
    }

    /** A codec that may see null: {@link Codecs#nullable} of {@code codec}. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> nullable(Codec<?> codec) {
        return Codecs.nullable((Codec<T>) codec);
    }
}
