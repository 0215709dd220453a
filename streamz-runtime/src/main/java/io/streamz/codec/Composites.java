package io.streamz.codec;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The codecs built from other codecs: nullable values, enums, records, collections, maps, tuples. */
final class Composites {
    private Composites() {}

    abstract static class Composite<T> implements Codec<T> {
        private final String schema;

        Composite(String schema) {
            this.schema = schema;
        }

        @Override
        public final String schema() {
            return schema;
        }

        @Override
        public String toString() {
            return "Codec[" + schema + "]";
        }
    }

    /** A presence byte, then the value if present. */
    static final class Nullable<T> extends Composite<T> {
        private final Codec<T> codec;

        Nullable(Codec<T> codec) {
            super(codec.schema() + "?");
            this.codec = codec;
        }

        @Override
        public void write(T value, CodecOutput out) {
            writeNullable(codec, value, out);
        }

        @Override
        public T read(CodecInput in) {
            return readNullable(codec, in);
        }
    }

    static <T> void writeNullable(Codec<T> codec, T value, CodecOutput out) {
        if (value == null) {
            out.writeBoolean(false);
        } else {
            out.writeBoolean(true);
            codec.write(value, out);
        }
    }

    static <T> T readNullable(Codec<T> codec, CodecInput in) {
        return in.readBoolean() ? codec.read(in) : null;
    }

    /** The constant's name, read back through a table of the constants (no reflection). */
    static final class ByName<E extends Enum<E>> extends Composite<E> {
        private final String typeName;
        private final Map<String, E> constants = new HashMap<>();

        ByName(String typeName, E[] values) {
            super("enum " + typeName);
            this.typeName = typeName;
            for (E value : values) {
                constants.put(value.name(), value);
            }
        }

        @Override
        public void write(E value, CodecOutput out) {
            out.writeString(value.name());
        }

        @Override
        public E read(CodecInput in) {
            String name = in.readString();
            E value = constants.get(name);
            if (value == null) {
                throw new IllegalArgumentException("cannot read enum " + typeName + ": it has no constant " + name);
            }
            return value;
        }
    }

    /** The components in order; read back through the canonical constructor the caller passes. */
    static final class RecordCodec<T> extends Composite<T> {
        private final List<Codecs.Field<T, ?>> fields;
        private final Function<Object[], T> constructor;

        RecordCodec(String typeName, List<Codecs.Field<T, ?>> fields, Function<Object[], T> constructor) {
            super(recordSchema(typeName, fields));
            this.fields = fields;
            this.constructor = constructor;
        }

        private static <T> String recordSchema(String typeName, List<Codecs.Field<T, ?>> fields) {
            StringBuilder schema = new StringBuilder("record ").append(typeName).append('{');
            for (int i = 0; i < fields.size(); i++) {
                schema.append(i == 0 ? "" : ",")
                        .append(fields.get(i).name())
                        .append(':')
                        .append(fields.get(i).codec().schema());
            }
            return schema.append('}').toString();
        }

        @Override
        public void write(T value, CodecOutput out) {
            Objects.requireNonNull(value, "value");
            for (Codecs.Field<T, ?> field : fields) {
                field.writeFrom(value, out);
            }
        }

        @Override
        public T read(CodecInput in) {
            Object[] components = new Object[fields.size()];
            for (int i = 0; i < components.length; i++) {
                components[i] = fields.get(i).codec().read(in);
            }
            return constructor.apply(components);
        }
    }

    /** A length, then each element with a presence byte; read into the collection the factory makes. */
    static final class CollectionCodec<E, C extends Collection<E>> extends Composite<C> {
        private final Codec<E> element;
        private final IntFunction<C> factory;

        CollectionCodec(String kind, Codec<E> element, IntFunction<C> factory) {
            super(kind + "<" + element.schema() + "?>");
            this.element = element;
            this.factory = factory;
        }

        @Override
        public void write(C value, CodecOutput out) {
            out.writeLength(value.size());
            for (E e : value) {
                writeNullable(element, e, out);
            }
        }

        @Override
        public C read(CodecInput in) {
            int size = PrimitiveArrays.ArrayCodec.length(in);
            C collection = factory.apply(size);
            for (int i = 0; i < size; i++) {
                collection.add(readNullable(element, in));
            }
            return collection;
        }
    }

    /** A length, then each key and value with a presence byte; read into the map the factory makes. */
    static final class MapCodec<K, V, M extends Map<K, V>> extends Composite<M> {
        private final Codec<K> key;
        private final Codec<V> value;
        private final IntFunction<M> factory;

        MapCodec(Codec<K> key, Codec<V> value, IntFunction<M> factory) {
            super("map<" + key.schema() + "?," + value.schema() + "?>");
            this.key = key;
            this.value = value;
            this.factory = factory;
        }

        @Override
        public void write(M map, CodecOutput out) {
            out.writeLength(map.size());
            for (Map.Entry<K, V> entry : map.entrySet()) {
                writeNullable(key, entry.getKey(), out);
                writeNullable(value, entry.getValue(), out);
            }
        }

        @Override
        public M read(CodecInput in) {
            int size = PrimitiveArrays.ArrayCodec.length(in);
            M map = factory.apply(size);
            for (int i = 0; i < size; i++) {
                K k = readNullable(key, in);
                map.put(k, readNullable(value, in));
            }
            return map;
        }
    }

    /** A join tuple of fixed arity: each item with a presence byte; read as an unmodifiable list. */
    static final class TupleCodec extends Composite<List<Object>> {
        private final Codec<Object>[] items;

        TupleCodec(Codec<Object>[] items) {
            super(tupleSchema(items));
            this.items = items.clone();
        }

        private static String tupleSchema(Codec<?>[] items) {
            StringBuilder schema = new StringBuilder("tuple<");
            for (int i = 0; i < items.length; i++) {
                schema.append(i == 0 ? "" : ",").append(items[i].schema()).append('?');
            }
            return schema.append('>').toString();
        }

        @Override
        public void write(List<Object> tuple, CodecOutput out) {
            if (tuple.size() != items.length) {
                throw new IllegalArgumentException(
                        "cannot write " + schema() + ": the tuple has " + tuple.size() + " items " + tuple);
            }
            for (int i = 0; i < items.length; i++) {
                writeNullable(items[i], tuple.get(i), out);
            }
        }

        @Override
        public List<Object> read(CodecInput in) {
            Object[] values = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = readNullable(items[i], in);
            }
            return Collections.unmodifiableList(Arrays.asList(values));
        }
    }
}
