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
