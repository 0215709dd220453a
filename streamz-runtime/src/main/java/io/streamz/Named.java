package io.streamz;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A function with a name for labels and graphs, the counterpart of a Python function's
 * {@code __name__}: {@code source.map(Named.function("inc", x -> x + 1))} prints as
 * {@code <map: inc>}.
 */
public interface Named {
    /** {@return the name shown in labels} */
    String name();

    /**
     * {@code f} labelled {@code name}.
     *
     * @param <T> the type of the elements
     * @param <R> the type of the results
     * @param name the name
     * @param f the function
     * @return {@code f} labelled {@code name}
     */
    static <T, R> Function<T, R> function(String name, Function<T, R> f) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(f, "f");
        final class NamedFunction implements Function<T, R>, Named {
            @Override
            public R apply(T t) {
                return f.apply(t);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedFunction();
    }

    /**
     * {@code f} labelled {@code name}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <R> the type of the results
     * @param name the name
     * @param f the function
     * @return {@code f} labelled {@code name}
     */
    static <A, B, R> BiFunction<A, B, R> biFunction(String name, BiFunction<A, B, R> f) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(f, "f");
        final class NamedBiFunction implements BiFunction<A, B, R>, Named {
            @Override
            public R apply(A a, B b) {
                return f.apply(a, b);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedBiFunction();
    }

    /**
     * {@code f} labelled {@code name}, for {@link Stream#accumulate(BinaryOperator)} (no start):
     * {@code source.accumulate(Named.binaryOperator("add", Integer::sum))} prints as {@code <accumulate: add>}.
     *
     * @param <T> the type of the elements
     * @param name the name
     * @param f the function
     * @return {@code f} labelled {@code name}, for {@link Stream#accumulate(BinaryOperator)} (no start)
     */
    static <T> BinaryOperator<T> binaryOperator(String name, BinaryOperator<T> f) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(f, "f");
        final class NamedBinaryOperator implements BinaryOperator<T>, Named {
            @Override
            public T apply(T a, T b) {
                return f.apply(a, b);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedBinaryOperator();
    }

    /**
     * {@code p} labelled {@code name}.
     *
     * @param <T> the type of the elements
     * @param name the name
     * @param p the predicate
     * @return {@code p} labelled {@code name}
     */
    static <T> Predicate<T> predicate(String name, Predicate<T> p) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(p, "p");
        final class NamedPredicate implements Predicate<T>, Named {
            @Override
            public boolean test(T t) {
                return p.test(t);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedPredicate();
    }

    /**
     * {@code c} labelled {@code name}.
     *
     * @param <T> the type of the elements
     * @param name the name
     * @param c the consumer
     * @return {@code c} labelled {@code name}
     */
    static <T> Consumer<T> consumer(String name, Consumer<T> c) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(c, "c");
        final class NamedConsumer implements Consumer<T>, Named {
            @Override
            public void accept(T t) {
                c.accept(t);
            }

            @Override
            public String name() {
                return name;
            }
        }
        return new NamedConsumer();
    }
}
