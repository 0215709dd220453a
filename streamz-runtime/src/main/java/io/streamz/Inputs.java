package io.streamz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Argument handling shared by the multi-input operators. */
final class Inputs {
    private Inputs() {}

    /** {@code first} followed by {@code others}, each checked for {@code null}. */
    static Stream<?>[] prepend(Stream<?> first, Stream<?>[] others) {
        Objects.requireNonNull(others, "others");
        Stream<?>[] all = new Stream<?>[others.length + 1];
        all[0] = first;
        for (int i = 0; i < others.length; i++) {
            all[i + 1] = Objects.requireNonNull(others[i], "others[" + i + "]");
        }
        return all;
    }

    /**
     * {@code others}, checked: the array and every element non-null.
     *
     * @throws NullPointerException naming the operator and the argument
     */
    static Stream<?>[] checked(String operator, Stream<?>[] others) {
        Preconditions.notNull(operator, "others", others);
        for (int i = 0; i < others.length; i++) {
            Preconditions.notNull(operator, "others[" + i + "]", others[i]);
        }
        return others;
    }

    /**
     * Checks that the graphs of {@code inputs} run on one loop at most, as a join of them must.
     *
     * @throws IllegalStateException naming the operator and the two loops
     */
    static void sameLoop(String operator, Stream<?>[] inputs) {
        EventLoop found = null;
        for (Stream<?> input : inputs) {
            EventLoop l = input.loop().orElse(null);
            if (found != null && l != null && l != found) {
                throw new IllegalStateException(operator + ": its inputs run on two different event loops, " + found
                        + " and " + l + " (at " + input + "); a graph runs on one loop");
            }
            found = found == null ? l : found;
        }
    }

    /** {@code first} followed by the {@code Stream}s among {@code streamsOrLiterals} (literals are skipped). */
    static Stream<?>[] streamsAmong(Stream<?> first, Object[] streamsOrLiterals) {
        Objects.requireNonNull(streamsOrLiterals, "streamsOrLiterals");
        List<Stream<?>> streams = new ArrayList<>();
        streams.add(first);
        for (Object argument : streamsOrLiterals) {
            if (argument instanceof Stream) {
                streams.add((Stream<?>) argument);
            }
        }
        return streams.toArray(new Stream<?>[0]);
    }

    /** Masks {@code null} for the {@code ArrayDeque}s that buffer join inputs. */
    static Object mask(Object x) {
        return x == null ? NullElement.INSTANCE : x;
    }

    /** Undoes {@link #mask}. */
    static Object unmask(Object x) {
        return x == NullElement.INSTANCE ? null : x;
    }

    private enum NullElement {
        INSTANCE
    }
}
