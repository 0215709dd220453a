package io.streamz.codec;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The codecs of primitives, their boxes, {@code String}, {@code byte[]} and {@code UUID}. Their
 * top-level form has no version byte: it is what Kafka's serializer of the same type writes
 * (strings as UTF-8, numbers big-endian, a UUID as its 36-character string), fixed forever.
 */
final class Scalars {
    private Scalars() {}

    /** A scalar codec: the nested form is fixed-width except for strings and byte arrays. */
    abstract static class Scalar<T> implements Codec<T> {
        private final String schema;

        Scalar(String schema) {
            this.schema = schema;
        }

        @Override
        public final String schema() {
            return schema;
        }

        @Override
        public byte[] toBytes(T value) {
            if (value == null) {
                return null;
            }
            CodecOutput out = new CodecOutput(8);
            write(value, out);
            return out.toByteArray();
        }

        @Override
        public T fromBytes(byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            CodecInput in = new CodecInput(bytes);
            T value = read(in);
            in.requireEnd(schema);
            return value;
        }

        @Override
        public String toString() {
            return "Codec[" + schema + "]";
        }
    }

    static final class BooleanCodec extends Scalar<Boolean> {
        BooleanCodec() {
            super("boolean");
        }

        @Override
        public void write(Boolean value, CodecOutput out) {
            out.writeBoolean(value);
        }

        @Override
        public Boolean read(CodecInput in) {
            return in.readBoolean();
        }
    }

    static final class ByteCodec extends Scalar<Byte> {
        ByteCodec() {
            super("byte");
        }

        @Override
        public void write(Byte value, CodecOutput out) {
            out.writeByte(value);
        }

        @Override
        public Byte read(CodecInput in) {
            return in.readByte();
        }
    }

    static final class ShortCodec extends Scalar<Short> {
        ShortCodec() {
            super("short");
        }

        @Override
        public void write(Short value, CodecOutput out) {
            out.writeShort(value);
        }

        @Override
        public Short read(CodecInput in) {
            return in.readShort();
        }
    }

    static final class CharCodec extends Scalar<Character> {
        CharCodec() {
            super("char");
        }

        @Override
        public void write(Character value, CodecOutput out) {
            out.writeChar(value);
        }

        @Override
        public Character read(CodecInput in) {
            return in.readChar();
        }
    }

    static final class IntCodec extends Scalar<Integer> {
        IntCodec() {
            super("int");
        }

        @Override
        public void write(Integer value, CodecOutput out) {
            out.writeInt(value);
        }

        @Override
        public Integer read(CodecInput in) {
            return in.readInt();
        }
    }

    static final class LongCodec extends Scalar<Long> {
        LongCodec() {
            super("long");
        }

        @Override
        public void write(Long value, CodecOutput out) {
            out.writeLong(value);
        }

        @Override
        public Long read(CodecInput in) {
            return in.readLong();
        }
    }

    static final class FloatCodec extends Scalar<Float> {
        FloatCodec() {
            super("float");
        }

        @Override
        public void write(Float value, CodecOutput out) {
            out.writeFloat(value);
        }

        @Override
        public Float read(CodecInput in) {
            return in.readFloat();
        }
    }

    static final class DoubleCodec extends Scalar<Double> {
        DoubleCodec() {
            super("double");
        }

        @Override
        public void write(Double value, CodecOutput out) {
            out.writeDouble(value);
        }

        @Override
        public Double read(CodecInput in) {
            return in.readDouble();
        }
    }

    /** Nested: length-prefixed, lossless ({@link CodecOutput#writeString}); top level: plain UTF-8. */
    static final class StringCodec extends Scalar<String> {
        StringCodec() {
            super("string");
        }

        @Override
        public void write(String value, CodecOutput out) {
            out.writeString(value);
        }

        @Override
        public String read(CodecInput in) {
            return in.readString();
        }

        /** UTF-8, as {@code StringSerializer}: an unpaired surrogate becomes {@code '?'}. */
        @Override
        public byte[] toBytes(String value) {
            return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String fromBytes(byte[] bytes) {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Nested: length-prefixed; top level: the bytes themselves, as {@code ByteArraySerializer}. */
    static final class BytesCodec extends Scalar<byte[]> {
        BytesCodec() {
            super("byte[]");
        }

        @Override
        public void write(byte[] value, CodecOutput out) {
            out.writeLength(value.length);
            out.writeBytes(value, 0, value.length);
        }

        @Override
        public byte[] read(CodecInput in) {
            return in.readBytes(in.readLength());
        }

        @Override
        public byte[] toBytes(byte[] value) {
            return value == null ? null : value.clone();
        }

        @Override
        public byte[] fromBytes(byte[] bytes) {
            return bytes == null ? null : bytes.clone();
        }
    }

    /** Nested: two longs; top level: the 36-character string in UTF-8, as {@code UUIDSerializer}. */
    static final class UuidCodec extends Scalar<UUID> {
        UuidCodec() {
            super("uuid");
        }

        @Override
        public void write(UUID value, CodecOutput out) {
            out.writeLong(value.getMostSignificantBits());
            out.writeLong(value.getLeastSignificantBits());
        }

        @Override
        public UUID read(CodecInput in) {
            long most = in.readLong();
            return new UUID(most, in.readLong());
        }

        @Override
        public byte[] toBytes(UUID value) {
            return value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public UUID fromBytes(byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            try {
                return UUID.fromString(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read uuid: " + e.getMessage(), e);
            }
        }
    }
}
