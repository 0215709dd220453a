package io.streamz.codec;

/**
 * The codecs of primitive arrays other than {@code byte[]}: a length, then the elements in the
 * fixed-width forms of {@link CodecOutput}. Top level: the version byte, then that.
 */
final class PrimitiveArrays {
    private PrimitiveArrays() {}

    abstract static class ArrayCodec<A> implements Codec<A> {
        private final String schema;

        ArrayCodec(String schema) {
            this.schema = schema;
        }

        @Override
        public final String schema() {
            return schema;
        }

        /** The length of an array about to be read, checked against what is left (at least one byte each). */
        static int length(CodecInput in) {
            int length = in.readLength();
            if (length > in.remaining()) {
                throw new IllegalArgumentException(
                        "truncated input: an array of " + length + " elements, " + in.remaining() + " bytes left");
            }
            return length;
        }

        @Override
        public String toString() {
            return "Codec[" + schema + "]";
        }
    }

    static final class Booleans extends ArrayCodec<boolean[]> {
        Booleans() {
            super("boolean[]");
        }

        @Override
        public void write(boolean[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (boolean v : value) {
                out.writeBoolean(v);
            }
        }

        @Override
        public boolean[] read(CodecInput in) {
            boolean[] value = new boolean[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readBoolean();
            }
            return value;
        }
    }

    static final class Shorts extends ArrayCodec<short[]> {
        Shorts() {
            super("short[]");
        }

        @Override
        public void write(short[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (short v : value) {
                out.writeShort(v);
            }
        }

        @Override
        public short[] read(CodecInput in) {
            short[] value = new short[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readShort();
            }
            return value;
        }
    }

    static final class Chars extends ArrayCodec<char[]> {
        Chars() {
            super("char[]");
        }

        @Override
        public void write(char[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (char v : value) {
                out.writeChar(v);
            }
        }

        @Override
        public char[] read(CodecInput in) {
            char[] value = new char[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readChar();
            }
            return value;
        }
    }

    static final class Ints extends ArrayCodec<int[]> {
        Ints() {
            super("int[]");
        }

        @Override
        public void write(int[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (int v : value) {
                out.writeInt(v);
            }
        }

        @Override
        public int[] read(CodecInput in) {
            int[] value = new int[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readInt();
            }
            return value;
        }
    }

    static final class Longs extends ArrayCodec<long[]> {
        Longs() {
            super("long[]");
        }

        @Override
        public void write(long[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (long v : value) {
                out.writeLong(v);
            }
        }

        @Override
        public long[] read(CodecInput in) {
            long[] value = new long[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readLong();
            }
            return value;
        }
    }

    static final class Floats extends ArrayCodec<float[]> {
        Floats() {
            super("float[]");
        }

        @Override
        public void write(float[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (float v : value) {
                out.writeFloat(v);
            }
        }

        @Override
        public float[] read(CodecInput in) {
            float[] value = new float[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readFloat();
            }
            return value;
        }
    }

    static final class Doubles extends ArrayCodec<double[]> {
        Doubles() {
            super("double[]");
        }

        @Override
        public void write(double[] value, CodecOutput out) {
            out.writeLength(value.length);
            for (double v : value) {
                out.writeDouble(v);
            }
        }

        @Override
        public double[] read(CodecInput in) {
            double[] value = new double[length(in)];
            for (int i = 0; i < value.length; i++) {
                value[i] = in.readDouble();
            }
            return value;
        }
    }
}
