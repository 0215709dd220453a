package io.streamz.internal;

import io.streamz.Named;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * Labelled operators the interpreted twins need beyond {@link Named}'s. Called by generated
 * code, not API.
 */
public final class NamedOperators {
    private NamedOperators() {}

    /** {@code op} labelled {@code name}, for {@code Stream.accumulate(BinaryOperator)}. */
    public static <T> BinaryOperator<T> binaryOperator(String name, BinaryOperator<T> op) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        final class NamedBinaryOperator implements BinaryOperator<T>, Named {
            @Override
            public T apply(T state, T x) {
                return op.apply(state, x);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedBinaryOperator();
    }
}
