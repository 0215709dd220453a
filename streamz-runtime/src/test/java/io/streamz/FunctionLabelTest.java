package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * streamz labels a node with its function's {@code __name__}; Java's stand-ins: a class's simple
 * name, a serializable method reference's method, {@code <lambda>} for anything nameless.
 */
class FunctionLabelTest {
    /** A function with a class of its own. */
    static final class Doubler implements Function<Integer, Integer> {
        @Override
        public Integer apply(Integer x) {
            return x * 2;
        }
    }

    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}

    interface SerializableBiFunction<A, B, R> extends BiFunction<A, B, R>, Serializable {}

    private final Stream<Integer> source = new Stream<>();

    @Test
    void aClassGivesItsSimpleName() {
        assertEquals("map: Doubler", source.map(new Doubler()).label());
    }

    @Test
    void anAnonymousClassOrAPlainLambdaIsALambda() {
        Function<Integer, Integer> anonymous = new Function<>() {
            @Override
            public Integer apply(Integer x) {
                return x;
            }
        };
        assertEquals("map: <lambda>", source.map(anonymous).label());
        assertEquals("map: <lambda>", source.map(x -> x + 1).label());
        assertEquals("map: <lambda>", source.map(Math::abs).label(), "not serializable: no name to read");
    }

    @Test
    void aSerializableMethodReferenceGivesItsMethod() {
        SerializableFunction<Integer, Integer> abs = Math::abs;
        assertEquals("map: abs", source.map(abs).label());
        SerializableBiFunction<Integer, Integer, Integer> max = Math::max;
        assertEquals("accumulate: max", source.accumulate(max, 0).label());
        assertEquals("map: max", source.map(max, 3).label(), "map with an argument names the function too");
    }

    @Test
    void aSerializableLambdaIsStillALambda() {
        SerializableFunction<Integer, Integer> lambda = x -> x + 1;
        assertEquals("map: <lambda>", source.map(lambda).label());
    }

    @Test
    void aNamedFunctionGivesItsName() {
        assertEquals("map: parse", source.map(Named.function("parse", x -> x)).label());
        Predicate<Integer> positive = x -> x > 0;
        assertEquals("filter: <lambda>", source.filter(positive).label());
        Consumer<Integer> nothing = x -> {};
        Sink<Integer> sink = source.sink(nothing);
        assertEquals("sink: <lambda>", sink.label());
        sink.destroy(); // sinks stay registered until destroyed
    }
}
