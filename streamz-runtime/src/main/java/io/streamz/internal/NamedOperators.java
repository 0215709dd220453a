package io.streamz.internal;

import io.streamz.Named;
import java.util.Objects;
import java.util.function.BiFunction;
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

    /**
     * {@link #binaryOperator(String, BinaryOperator)} for an accumulate without a start whose
     * state is the primitive {@code stateType} in the pipeline: it rejects a {@code null} first
     * element ({@link PrimitiveState}).
     */
    public static <T> BinaryOperator<T> binaryOperator(String name, String stateType, BinaryOperator<T> op) {
        Objects.requireNonNull(op, "op");
        final class PrimitiveBinaryOperator extends PrimitiveStateFunction implements BinaryOperator<T> {
            PrimitiveBinaryOperator() {
                super(name, stateType);
            }

            @Override
            public T apply(T state, T x) {
                return op.apply(state, x);
            }
        }
        return new PrimitiveBinaryOperator();
    }

    /**
     * {@code f} labelled {@code name}, for {@code Stream.accumulateReturningState} without a
     * start whose state is the primitive {@code stateType} in the pipeline: it rejects a
     * {@code null} first element ({@link PrimitiveState}).
     */
    public static <S, T, R> BiFunction<S, T, R> biFunction(String name, String stateType, BiFunction<S, T, R> f) {
        Objects.requireNonNull(f, "f");
        final class PrimitiveBiFunction extends PrimitiveStateFunction implements BiFunction<S, T, R> {
            PrimitiveBiFunction() {
                super(name, stateType);
            }

            @Override
            public R apply(S state, T x) {
                return f.apply(state, x);
            }
        }
        return new PrimitiveBiFunction();
    }

    /** The name and the primitive state type of an accumulate's function, for the twins. */
    private abstract static class PrimitiveStateFunction implements Named, PrimitiveState {
        private final String name;
        private final String stateType;

        PrimitiveStateFunction(String name, String stateType) {
            this.name = Objects.requireNonNull(name, "name");
            this.stateType = Objects.requireNonNull(stateType, "stateType");
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final String stateType() {
            return stateType;
        }
    }
}
