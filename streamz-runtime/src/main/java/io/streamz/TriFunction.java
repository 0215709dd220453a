package io.streamz;

/**
 * A function of three arguments, for {@link Stream#starmap(TriFunction)} over tuples of three
 * (the JDK stops at {@link java.util.function.BiFunction}).
 */
@FunctionalInterface
public interface TriFunction<A, B, C, R> {
    /** Applies this function to the three items of a tuple. */
    R apply(A a, B b, C c);
}
