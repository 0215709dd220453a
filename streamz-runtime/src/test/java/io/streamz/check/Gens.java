package io.streamz.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Generators of plain values for {@link Property}: numbers drawn now and then from their edge
 * cases (zero, one, minus one, the extremes, NaN and the infinities, {@code -0.0}), strings with
 * unpaired surrogates and supplementary characters, nullable values, lists, sets and maps; every
 * one shrinks towards zero, {@code null}, the empty collection and shorter strings.
 */
public final class Gens {
    /** One value in this many is an edge case of its type, or {@code null} for a nullable one. */
    private static final int EDGE_ODDS = 8;

    private static final int MAX_SIZE = 20;

    private Gens() {}

    /** A generator of {@code next} that proposes {@code shrink}'s candidates. */
    public static <T> Gen<T> of(Function<java.util.Random, T> next, Function<T, List<T>> shrink) {
        return new Gen<>() {
            @Override
            public T next(java.util.Random random) {
                return next.apply(random);
            }

            @Override
            public List<T> shrink(T value) {
                return shrink.apply(value);
            }
        };
    }

    /**
     * {@code gen}'s values through a bijection: shrinking maps a value {@code back}, shrinks it
     * there and maps the candidates {@code to} this type again.
     */
    public static <A, B> Gen<B> map(Gen<A> gen, Function<A, B> to, Function<B, A> back) {
        return of(random -> to.apply(gen.next(random)), value -> {
            List<B> candidates = new ArrayList<>();
            for (A smaller : gen.shrink(back.apply(value))) {
                candidates.add(to.apply(smaller));
            }
            return candidates;
        });
    }

    public static Gen<Boolean> booleans() {
        return of(java.util.Random::nextBoolean, b -> b ? List.of(false) : List.of());
    }

    public static Gen<Long> longs() {
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 255, 256};
        return of(
                random -> random.nextInt(EDGE_ODDS) == 0
                        ? edges[random.nextInt(edges.length)]
                        : random.nextBoolean() ? random.nextLong() : (long) random.nextInt(2001) - 1000,
                Gens::smallerLongs);
    }

    public static Gen<Integer> ints() {
        return map(longInRange(Integer.MIN_VALUE, Integer.MAX_VALUE), Math::toIntExact, Integer::longValue);
    }

    public static Gen<Short> shorts() {
        return map(longInRange(Short.MIN_VALUE, Short.MAX_VALUE), x -> (short) x.longValue(), Short::longValue);
    }

    public static Gen<Byte> bytes() {
        return map(longInRange(Byte.MIN_VALUE, Byte.MAX_VALUE), x -> (byte) x.longValue(), Byte::longValue);
    }

    /** Any {@code char}, surrogates included; shrinks towards {@code 'a'}. */
    public static Gen<Character> chars() {
        return of(Gens::anyChar, c -> c == 'a' ? List.of() : List.of('a'));
    }

    public static Gen<Double> doubles() {
        double[] edges = {
            0.0,
            -0.0,
            1.0,
            -1.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_NORMAL
        };
        return of(
                random -> random.nextInt(EDGE_ODDS) == 0
                        ? edges[random.nextInt(edges.length)]
                        : random.nextBoolean()
                                ? Double.longBitsToDouble(random.nextLong())
                                : (random.nextDouble() - 0.5) * 2_000,
                Gens::smallerDoubles);
    }

    public static Gen<Float> floats() {
        float[] edges = {
            0.0f,
            -0.0f,
            1.0f,
            -1.0f,
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            Float.MIN_NORMAL
        };
        return of(
                random -> random.nextInt(EDGE_ODDS) == 0
                        ? edges[random.nextInt(edges.length)]
                        : random.nextBoolean()
                                ? Float.intBitsToFloat(random.nextInt())
                                : (random.nextFloat() - 0.5f) * 2_000,
                f -> smallerDoubles((double) f).stream()
                        .map(Double::floatValue)
                        .filter(c -> Float.floatToRawIntBits(c) != Float.floatToRawIntBits(f))
                        .toList());
    }

    /**
     * Strings of up to 20 chars: ASCII, other BMP characters, supplementary characters (surrogate
     * pairs) and lone surrogates mixed; shrinks to shorter strings, then to {@code 'a'}s.
     */
    public static Gen<String> strings() {
        Gen<List<Character>> chars = lists(chars());
        return of(
                random -> {
                    StringBuilder s = new StringBuilder();
                    int length = random.nextInt(EDGE_ODDS) == 0 ? 0 : random.nextInt(MAX_SIZE + 1);
                    while (s.length() < length) {
                        switch (random.nextInt(4)) {
                            case 0 ->
                                s.appendCodePoint(Character.MIN_SUPPLEMENTARY_CODE_POINT
                                        + random.nextInt(
                                                Character.MAX_CODE_POINT - Character.MIN_SUPPLEMENTARY_CODE_POINT + 1));
                            case 1 -> s.append(anyChar(random));
                            default -> s.append((char) (' ' + random.nextInt(95)));
                        }
                    }
                    return s.toString();
                },
                s -> {
                    List<Character> list = new ArrayList<>();
                    for (char c : s.toCharArray()) {
                        list.add(c);
                    }
                    List<String> candidates = new ArrayList<>();
                    for (List<Character> smaller : chars.shrink(list)) {
                        StringBuilder b = new StringBuilder();
                        smaller.forEach(b::append);
                        candidates.add(b.toString());
                    }
                    return candidates;
                });
    }

    /** {@code gen}'s values, or {@code null} now and then; shrinks to {@code null} first. */
    public static <T> Gen<T> nullable(Gen<T> gen) {
        return of(random -> random.nextInt(EDGE_ODDS) == 0 ? null : gen.next(random), value -> {
            if (value == null) {
                return List.of();
            }
            List<T> candidates = new ArrayList<>();
            candidates.add(null);
            candidates.addAll(gen.shrink(value));
            return candidates;
        });
    }

    /** Lists of up to 20 of {@code element}'s values, empty now and then. */
    public static <T> Gen<List<T>> lists(Gen<T> element) {
        return of(
                random -> {
                    int size = random.nextInt(EDGE_ODDS) == 0 ? 0 : random.nextInt(MAX_SIZE + 1);
                    List<T> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(element.next(random));
                    }
                    return list;
                },
                list -> Shrinks.list(list, element::shrink));
    }

    /** Sets in insertion order ({@link LinkedHashSet}) of distinct values of {@code element}. */
    public static <T> Gen<Set<T>> sets(Gen<T> element) {
        return map(lists(element), LinkedHashSet::new, ArrayList::new);
    }

    /** Maps in insertion order ({@link LinkedHashMap}) of up to 20 entries. */
    public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values) {
        return map(
                lists(tuple(keys, values)),
                entries -> {
                    Map<K, V> map = new LinkedHashMap<>();
                    for (List<Object> entry : entries) {
                        map.put(cast(entry.get(0)), cast(entry.get(1)));
                    }
                    return map;
                },
                map -> {
                    List<List<Object>> entries = new ArrayList<>();
                    map.forEach((k, v) -> entries.add(Arrays.asList(k, v)));
                    return entries;
                });
    }

    /**
     * Lists holding one value of each of {@code items} (nulls allowed); shrinks one item at a
     * time. Map it to a record with {@link #map}.
     */
    public static Gen<List<Object>> tuple(Gen<?>... items) {
        return of(
                random -> {
                    List<Object> values = new ArrayList<>(items.length);
                    for (Gen<?> item : items) {
                        values.add(item.next(random));
                    }
                    return values;
                },
                values -> {
                    List<List<Object>> candidates = new ArrayList<>();
                    for (int i = 0; i < items.length; i++) {
                        for (Object smaller : shrinkOf(items[i], values.get(i))) {
                            List<Object> candidate = new ArrayList<>(values);
                            candidate.set(i, smaller);
                            candidates.add(candidate);
                        }
                    }
                    return candidates;
                });
    }

    /** {@code gen}'s values one at a time, printed with {@code show}: a ready property. */
    public static <T> Property<T> property(String name, Gen<T> gen) {
        return Property.of(name, gen, Gens::show);
    }

    /** A value as a property failure prints it: arrays and strings' chars written out. */
    public static String show(Object value) {
        if (value instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                b.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
            return b.append('"').toString();
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value != null && value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value});
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Object> shrinkOf(Gen<T> gen, Object value) {
        return (List<Object>) gen.shrink((T) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static Gen<Long> longInRange(long min, long max) {
        long[] edges = {0, 1, -1, min, max, min + 1, max - 1};
        return of(
                random -> random.nextInt(EDGE_ODDS) == 0
                        ? edges[random.nextInt(edges.length)]
                        : random.nextBoolean()
                                ? min + (long) (random.nextDouble() * ((double) max - min))
                                : Math.max(min, Math.min(max, random.nextInt(201) - 100)),
                x -> smallerLongs(x).stream().filter(c -> c >= min && c <= max).toList());
    }

    private static List<Long> smallerLongs(long x) {
        List<Long> candidates = new ArrayList<>();
        if (x != 0) {
            candidates.add(0L);
        }
        if (x / 2 != 0 && Math.abs(x / 2) != Math.abs(x)) {
            candidates.add(x / 2);
        }
        if (x != 0 && x != Long.MIN_VALUE && Math.abs(x) > 1) {
            candidates.add(x - Long.signum(x));
        }
        if (x < 0 && x != Long.MIN_VALUE) {
            candidates.add(-x);
        }
        return candidates;
    }

    /**
     * Towards 0.0: 0.0, half of it rounded, and a NaN with another payload to the one NaN;
     * never the value itself (bit for bit), so shrinking ends.
     */
    private static List<Double> smallerDoubles(double d) {
        List<Double> candidates = new ArrayList<>();
        candidates.add(0.0);
        candidates.add(Double.isNaN(d) ? Double.NaN : Math.rint(d / 2));
        return candidates.stream()
                .distinct()
                .filter(c -> Double.doubleToRawLongBits(c) != Double.doubleToRawLongBits(d))
                .toList();
    }

    private static char anyChar(java.util.Random random) {
        return switch (random.nextInt(4)) {
            case 0 ->
                (char) (Character.MIN_SURROGATE
                        + random.nextInt(Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
            case 1 -> (char) random.nextInt(128);
            default -> (char) random.nextInt(Character.MAX_VALUE + 1);
        };
    }
}
