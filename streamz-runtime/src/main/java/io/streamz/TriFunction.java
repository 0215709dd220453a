package io.streamz;

/**
 * A function of three arguments, for {@link Stream#starmap(TriFunction)} over tuples of three
 * (the JDK stops at {@link java.util.function.BiFunction}).
 */
@FunctionalInterface
public interface TriFunction<A, B, C, R> {
    /**
     * Applies this function to the three items of a tuple.
     *
     * @param a the first item
     * @param b the second item
     * @param c the third item
     * @return the result
     */
    R apply(A a, B b, C c);
}
