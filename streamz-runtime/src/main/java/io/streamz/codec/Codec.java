package io.streamz.codec;

/**
 * Turns values of one type into bytes and back, for the state stores, internal topics and
 * checkpoints of a distributed engine. Codecs never use reflection: they are built from the
 * factories of {@link Codecs} (or written by hand and listed on {@code @Pipeline(codecs = ...)}).
 *
 * <p>Two forms:
 * <ul>
 *   <li>The <em>nested</em> form, {@link #write}/{@link #read}, is what a codec writes inside a
 *       larger value (a record component, a list element). It never sees {@code null}: codecs of
 *       values that may be null are wrapped in {@link Codecs#nullable}.</li>
 *   <li>The <em>top-level</em> form, {@link #toBytes}/{@link #fromBytes}, is one whole record key
 *       or value. By default it is the {@link Codecs#FORMAT_VERSION} byte followed by the nested
 *       form. The scalar codecs of {@code String}, {@code int}, {@code long}, {@code double} (and
 *       the other primitives) instead write exactly what Kafka's serializers for those types write,
 *       without a version byte, so that keys they encode partition as other producers' keys do.
 *       {@code null} is {@code null} at the top level, as in Kafka.</li>
 * </ul>
 *
 * <p>{@link #schema()} describes the structure of the encoded type (for a record its name and
 * its components); a state's fingerprint is a hash of it, so that a changed type is detected when
 * old state is restored.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the type of values encoded
 */
public interface Codec<T> {

    /**
     * Writes {@code value} in the nested form.
     *
     * @param value the value
     * @param out the output to write to
     * @throws NullPointerException if {@code value} is null (wrap the codec in {@link Codecs#nullable})
     */
    void write(T value, CodecOutput out);

    /**
     * Reads one value in the nested form.
     *
     * @param in the input to read from
     * @return the value read
     * @throws IllegalArgumentException if the input is truncated or malformed
     */
    T read(CodecInput in);

    /** {@return the structure of the encoded type, e.g. {@code long}, {@code list<string?>}, {@code record a.B{x:int}}} */
    String schema();

    /**
     * {@return the top-level form of {@code value}: the format version byte, then the nested form; {@code null} for null}
     *
     * @param value the value
     */
    default byte[] toBytes(T value) {
        if (value == null) {
            return null;
        }
        CodecOutput out = new CodecOutput();
        out.writeByte(Codecs.FORMAT_VERSION);
        write(value, out);
        return out.toByteArray();
    }

    /**
     * Reads a value written by {@link #toBytes}; {@code null} for null.
     *
     * @param bytes the bytes
     * @return the value {@code bytes} hold
     * @throws IllegalArgumentException if the version byte is unknown, the bytes are truncated,
     *     malformed, or longer than one value
     */
    default T fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        CodecInput in = new CodecInput(bytes);
        int version = in.readByte() & 0xff;
        if (version != Codecs.FORMAT_VERSION) {
            throw new IllegalArgumentException("cannot read " + schema() + ": format version " + version
                    + ", this runtime reads version " + Codecs.FORMAT_VERSION);
        }
        T value = read(in);
        in.requireEnd(schema());
        return value;
    }
}
