package io.streamz.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The built-in codecs and the factories that derive codecs from others. The streamz processor
 * writes calls to these in a pipeline's {@code spec()}; they are also what a hand-written spec
 * uses. No factory uses reflection.
 */
public final class Codecs {
    /**
     * The format version every top-level value starts with, except the scalars whose top-level
     * form is Kafka's (see {@link Codec}).
     */
    public static final int FORMAT_VERSION = 1;

    /** The codec of {@code Boolean}. */
    public static final Codec<Boolean> BOOLEAN = new Scalars.BooleanCodec();
    /** The codec of {@code Byte}. */
    public static final Codec<Byte> BYTE = new Scalars.ByteCodec();
    /** The codec of {@code Short}. */
    public static final Codec<Short> SHORT = new Scalars.ShortCodec();
    /** The codec of {@code Character}. */
    public static final Codec<Character> CHAR = new Scalars.CharCodec();
    /** Top level: 4 bytes big-endian, as Kafka's {@code IntegerSerializer}. */
    public static final Codec<Integer> INT = new Scalars.IntCodec();
    /** Top level: 8 bytes big-endian, as Kafka's {@code LongSerializer}. */
    public static final Codec<Long> LONG = new Scalars.LongCodec();

    /** The codec of {@code Float}. */
    public static final Codec<Float> FLOAT = new Scalars.FloatCodec();
    /** Top level: the IEEE 754 bits big-endian, as Kafka's {@code DoubleSerializer}. */
    public static final Codec<Double> DOUBLE = new Scalars.DoubleCodec();
    /** Top level: UTF-8, as Kafka's {@code StringSerializer}; nested: lossless for every Java string. */
    public static final Codec<String> STRING = new Scalars.StringCodec();
    /** Top level: the bytes themselves; nested: length-prefixed. */
    public static final Codec<byte[]> BYTES = new Scalars.BytesCodec();

    /** The codec of {@code UUID}. */
    public static final Codec<UUID> UUID = new Scalars.UuidCodec();
    /** The codec of {@code boolean[]}. */
    public static final Codec<boolean[]> BOOLEAN_ARRAY = new PrimitiveArrays.Booleans();
    /** The codec of {@code short[]}. */
    public static final Codec<short[]> SHORT_ARRAY = new PrimitiveArrays.Shorts();
    /** The codec of {@code char[]}. */
    public static final Codec<char[]> CHAR_ARRAY = new PrimitiveArrays.Chars();
    /** The codec of {@code int[]}. */
    public static final Codec<int[]> INT_ARRAY = new PrimitiveArrays.Ints();
    /** The codec of {@code long[]}. */
    public static final Codec<long[]> LONG_ARRAY = new PrimitiveArrays.Longs();
    /** The codec of {@code float[]}. */
    public static final Codec<float[]> FLOAT_ARRAY = new PrimitiveArrays.Floats();
    /** The codec of {@code double[]}. */
    public static final Codec<double[]> DOUBLE_ARRAY = new PrimitiveArrays.Doubles();

    private Codecs() {}

    /**
     * {@code codec} for values that may be null: a presence byte first.
     *
     * @param <T> the type of the elements
     * @param codec the codec of the field
     * @return {@code codec} for values that may be null
     */
    public static <T> Codec<T> nullable(Codec<T> codec) {
        Objects.requireNonNull(codec, "codec");
        return codec instanceof Composites.Nullable ? codec : new Composites.Nullable<>(codec);
    }

    /**
     * An enum by constant name ({@code values} is the enum's {@code values()}, so no reflection
     * is needed); reading a name that is no longer a constant fails naming it.
     *
     * @param <E> the type of the enum
     * @param typeName the type's name, for messages
     * @param values the enum's values
     * @return an enum by constant name ({@code values} is the enum's {@code values()}, so no reflection is needed)
     */
    public static <E extends Enum<E>> Codec<E> enumByName(String typeName, E[] values) {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(values, "values");
        return new Composites.ByName<>(typeName, values);
    }

    /**
     * A record: its components in declaration order, read back through {@code constructor}, which
     * receives the component values in that order (boxed where primitive). A component that may
     * be null needs a {@link #nullable} codec.
     *
     * @param <T> the type of the elements
     * @param typeName the type's name, for messages
     * @param constructor makes a value from its fields, in order
     * @param fields the fields, in the order written
     * @return a codec writing the fields in order
     */
    @SafeVarargs
    public static <T> Codec<T> record(String typeName, Function<Object[], T> constructor, Field<T, ?>... fields) {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(constructor, "constructor");
        List<Field<T, ?>> components = new ArrayList<>(fields.length);
        for (Field<T, ?> field : fields) {
            components.add(Objects.requireNonNull(field, "field"));
        }
        return new Composites.RecordCodec<>(typeName, List.copyOf(components), constructor);
    }

    /**
     * {@return a component of a {@link #record}: its name, codec and accessor}
     *
     * @param <T> the type of the elements
     * @param <C> the type of the field
     * @param name the name
     * @param codec the codec of the field
     * @param accessor reads the field from a value
     */
    public static <T, C> Field<T, C> field(String name, Codec<C> codec, Function<T, C> accessor) {
        return new Field<>(name, codec, accessor);
    }

    /**
     * {@return a list of elements (null allowed), read back as an {@code ArrayList}}
     *
     * @param <E> the type of the enum
     * @param element the codec of the elements
     */
    public static <E> Codec<List<E>> list(Codec<E> element) {
        return collection("list", element, ArrayList::new);
    }

    /**
     * {@return a set of elements (null allowed), read back as a {@code LinkedHashSet} in the order written}
     *
     * @param <E> the type of the enum
     * @param element the codec of the elements
     */
    public static <E> Codec<Set<E>> set(Codec<E> element) {
        return collection("set", element, LinkedHashSet::new);
    }

    /**
     * A collection of elements (null allowed), read back into what {@code factory} makes from the
     * size (e.g. {@code TreeSet::new} ignoring it); {@code kind} names it in the schema
     * ({@code list}, {@code set}).
     *
     * @param <E> the type of the enum
     * @param <C> the type of the field
     * @param kind the kind of collection
     * @param element the codec of the elements
     * @param factory makes an empty collection of a given size
     * @return the codec of such collections
     */
    public static <E, C extends Collection<E>> Codec<C> collection(
            String kind, Codec<E> element, IntFunction<C> factory) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(factory, "factory");
        return new Composites.CollectionCodec<>(kind, element, factory);
    }

    /**
     * {@return a map (null keys and values allowed), read back as a {@code LinkedHashMap} in the order written}
     *
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @param key the codec of the keys
     * @param value the codec of the values
     */
    public static <K, V> Codec<Map<K, V>> map(Codec<K> key, Codec<V> value) {
        return map(key, value, LinkedHashMap::new);
    }

    /**
     * {@return a map read back into what {@code factory} makes from the size}
     *
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @param <M> the type of the map
     * @param key the codec of the keys
     * @param value the codec of the values
     * @param factory makes an empty collection of a given size
     */
    public static <K, V, M extends Map<K, V>> Codec<M> map(Codec<K> key, Codec<V> value, IntFunction<M> factory) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(factory, "factory");
        return new Composites.MapCodec<>(key, value, factory);
    }

    /**
     * A join tuple (what zip, combineLatest and zipLatest emit): one codec per input, items may be
     * null, read back as an unmodifiable list.
     *
     * @param items the items
     * @return a join tuple (what zip, combineLatest and zipLatest emit)
     */
    @SuppressWarnings("unchecked")
    public static Codec<List<Object>> tuple(Codec<?>... items) {
        Codec<Object>[] copy = (Codec<Object>[]) new Codec<?>[items.length];
        for (int i = 0; i < items.length; i++) {
            copy[i] = (Codec<Object>) Objects.requireNonNull(items[i], "item codec");
        }
        return new Composites.TupleCodec(copy);
    }

    /**
     * {@return the fingerprint of a schema: 16 hex digits of its 64-bit FNV-1a hash over UTF-8} Stable
     * across runs and JVMs; equal schemas have equal fingerprints.
     *
     * @param schema the schema name
     */
    public static String fingerprint(String schema) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : schema.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return String.format("%016x", hash);
    }

    /**
     * A component of a record codec.
     *
     * @param <T> the record type
     * @param <C> the component type
     */
    public static final class Field<T, C> {
        private final String name;
        private final Codec<C> codec;
        private final Function<T, C> accessor;

        private Field(String name, Codec<C> codec, Function<T, C> accessor) {
            this.name = Objects.requireNonNull(name, "name");
            this.codec = Objects.requireNonNull(codec, "codec");
            this.accessor = Objects.requireNonNull(accessor, "accessor");
        }

        /** {@return the field's name, for messages} */
        public String name() {
            return name;
        }

        /** {@return the codec of the field's value} */
        public Codec<C> codec() {
            return codec;
        }

        void writeFrom(T record, CodecOutput out) {
            C value = accessor.apply(record);
            if (value == null && !(codec instanceof Composites.Nullable)) {
                throw new NullPointerException("component " + name + " is null; give it a Codecs.nullable codec");
            }
            codec.write(value, out);
        }
    }
}
